package org.acta.model;

/** The IRM's "did it open government?" scale. */
public enum OpenGovernmentResult implements Keyword {
  WORSENED, DID_NOT_CHANGE, MARGINAL, MAJOR, OUTSTANDING
}
