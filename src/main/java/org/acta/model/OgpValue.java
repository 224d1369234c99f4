package org.acta.model;

import java.util.Locale;

/** The OGP values a commitment must be relevant to (technology is the cross-cutting one). */
public enum OgpValue implements Keyword {
  ACCESS_TO_INFORMATION, CIVIC_PARTICIPATION, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION;

  /** The YAML key under {@code ogp_values}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
