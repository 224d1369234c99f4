package org.acta.model;

public enum InstitutionKind implements Keyword {
  GOVERNMENT, CIVIL_SOCIETY, ACADEMIA, INTERNATIONAL_ORGANISATION, PRIVATE_SECTOR
}
