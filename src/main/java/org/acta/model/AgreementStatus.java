package org.acta.model;

/** Where an agreement of the forum stands. */
public enum AgreementStatus implements Keyword {
  OPEN, IN_PROGRESS, DONE, CANCELLED;

  public boolean isClosed() {
    return this == DONE || this == CANCELLED;
  }
}
