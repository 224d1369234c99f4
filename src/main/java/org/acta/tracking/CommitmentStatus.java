package org.acta.tracking;

import org.acta.model.Keyword;

/**
 * A commitment's overall state, derived from its milestones (see {@link Rules#status});
 * not reported when no milestone and no update states a status.
 */
public enum CommitmentStatus implements Keyword {
  NOT_STARTED, IN_PROGRESS, DELAYED, COMPLETED, CANCELLED, NOT_REPORTED
}
