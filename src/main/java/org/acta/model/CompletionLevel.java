package org.acta.model;

/** The IRM's scale for how far a commitment was implemented. */
public enum CompletionLevel implements Keyword {
  NO_EVIDENCE, NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE
}
