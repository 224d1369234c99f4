package org.acta.model;

public enum MeetingKind implements Keyword {
  ORDINARY, EXTRAORDINARY
}
