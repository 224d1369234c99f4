package org.acta.model;

public enum MilestoneStatus implements Keyword {
  NOT_STARTED, IN_PROGRESS, COMPLETED, DELAYED, CANCELLED
}
