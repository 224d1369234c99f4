package org.acta.model;

/** The IRM's design assessment of what a commitment could achieve. */
public enum PotentialForResults implements Keyword {
  UNCLEAR, MODEST, SUBSTANTIAL
}
