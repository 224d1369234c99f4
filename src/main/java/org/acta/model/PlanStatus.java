package org.acta.model;

public enum PlanStatus implements Keyword {
  CO_CREATION, IMPLEMENTATION, CLOSED
}
