package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.util.Comparator;
import java.util.List;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.ConsultationInput;
import org.acta.model.KeyDate;
import org.acta.model.PartialDate;
import org.acta.model.PlanStatus;
import org.acta.model.Text;

/** Decodes {@code content/plans/<id>/plan.yaml}; its commitments are decoded separately. */
final class PlanDecoder {
  private PlanDecoder() {}

  static ActionPlan decode(String id, Fields f, List<Commitment> commitments,
      List<ConsultationInput> consultation) {
    Integer number = f.integer("number", 1, 99, REQUIRED);
    Text title = f.translatableText("title", REQUIRED);
    PartialDate start = f.partialDate("start", REQUIRED);
    PartialDate end = f.partialDate("end", REQUIRED);
    Dates.checkStrictOrder(f, start, end);
    PlanStatus status = f.keyword("status", PlanStatus.class, OPTIONAL);
    var description = f.translatableMarkdown("description", OPTIONAL);
    List<KeyDate> keyDates = f.list("key_dates", OPTIONAL, k -> {
      PartialDate date = k.partialDate("date", REQUIRED);
      Text event = k.translatableText("event", REQUIRED);
      Boolean reporting = k.bool("reporting", OPTIONAL);
      return date == null || event == null ? null
          : new KeyDate(date, event, Boolean.TRUE.equals(reporting));
    });
    var attachments = AttachmentDecoder.attachments(f);
    f.finish();
    if (number == null || title == null || start == null || end == null) {
      return null;
    }
    List<KeyDate> sorted = keyDates.stream()
        .sorted(Comparator.comparing(KeyDate::date)).toList();
    return new ActionPlan(id, number, title, start, end, status, description, sorted,
        commitments, consultation, attachments, f.position());
  }
}
