package org.acta.load;

import org.acta.diagnostics.Message;
import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.acta.model.ArchivedCopy;
import org.acta.model.Evidence;
import org.acta.model.MilestoneStatus;
import org.acta.model.PartialDate;
import org.acta.model.ProgressUpdate;
import org.acta.model.Stated;

/** Decodes the {@code updates} of a milestone or a commitment: dated progress reports. */
final class Updates {
  private Updates() {}

  /** The block's updates, newest first (updates of the same date keep the file's order). */
  static List<ProgressUpdate> decode(Fields f, Map<String, ArchivedCopy> archived) {
    List<ProgressUpdate> updates = new ArrayList<>(f.list("updates", OPTIONAL, u -> {
      PartialDate date = u.partialDate("date", REQUIRED);
      String period = u.text("period", OPTIONAL);
      Stated<MilestoneStatus> status = u.stated("status",
          k -> u.keyword(k, MilestoneStatus.class, OPTIONAL));
      Stated<Integer> progress = u.stated("progress", k -> u.integer(k, 0, 100, OPTIONAL));
      checkStatusAndProgress(u, status, progress);
      var text = u.translatableMarkdown("text", OPTIONAL);
      List<Evidence> evidence = u.list("evidence", OPTIONAL,
          e -> CommitmentDecoder.evidence(e, archived));
      boolean listed = u.has("evidence");
      return date == null ? null : new ProgressUpdate(date, period, status, progress, text,
          evidence, listed, u.position());
    }));
    updates.sort(Comparator.comparing(ProgressUpdate::date).reversed());
    return List.copyOf(updates);
  }

  /** A completed milestone is at 100 and a not-started one at 0, when both are stated. */
  static void checkStatusAndProgress(Fields m, Stated<MilestoneStatus> status,
      Stated<Integer> progress) {
    if (!status.known() || !progress.known()) {
      return;
    }
    int p = progress.value();
    if (status.value() == MilestoneStatus.COMPLETED && p != 100) {
      m.error("progress", Message.of("commitment-decoder.completed-milestone-has-progress", p));
    } else if (status.value() == MilestoneStatus.NOT_STARTED && p != 0) {
      m.error("progress", Message.of("commitment-decoder.not-started-milestone-has", p));
    }
  }
}
