package org.acta.model;

/** The forum's decision on a citizen's input. */
public enum ConsultationOutcome implements Keyword {
  ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED
}
