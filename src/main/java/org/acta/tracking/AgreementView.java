package org.acta.tracking;

import java.time.LocalDate;
import org.acta.model.Agreement;
import org.acta.model.AgreementStatus;
import org.acta.model.FollowUp;
import org.acta.model.Minute;

/**
 * An agreement as it stands on the as-of date: made in {@code origin}, with its current status
 * (from the latest follow-up made by then, else its own), and the minute of that follow-up.
 */
public record AgreementView(
    Minute origin,
    Agreement agreement,
    AgreementStatus status,
    FollowUp lastFollowUp,
    Minute followedUpIn,
    boolean overdue) {

  public String key() {
    return origin.slug() + "/" + agreement.id();
  }

  /** Open or in progress and past its due date. */
  static boolean isOverdue(AgreementStatus status, LocalDate due, LocalDate asOf) {
    return !status.isClosed() && due != null && due.isBefore(asOf);
  }
}
