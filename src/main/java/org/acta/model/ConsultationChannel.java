package org.acta.model;

/** How a citizen's input reached the forum. */
public enum ConsultationChannel implements Keyword {
  WEB, EMAIL, WORKSHOP, LETTER, IN_PERSON, OTHER
}
