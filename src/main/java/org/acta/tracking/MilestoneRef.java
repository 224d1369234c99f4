package org.acta.tracking;

import org.acta.model.Commitment;
import org.acta.model.Milestone;

/** A milestone together with the commitment it belongs to (for lists across a plan). */
public record MilestoneRef(Commitment commitment, Milestone milestone) {}
