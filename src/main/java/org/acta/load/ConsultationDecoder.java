package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.time.LocalDate;
import org.acta.diagnostics.Message;
import org.acta.model.ConsultationChannel;
import org.acta.model.ConsultationInput;
import org.acta.model.ConsultationOutcome;
import org.acta.model.Text;

/**
 * Decodes one consultation input. The author's e-mail and phone may be recorded for the
 * forum's own follow-up; they are checked and then dropped, so no page or download shows them.
 */
final class ConsultationDecoder {
  private ConsultationDecoder() {}

  static ConsultationInput decode(String id, String planId, Fields f) {
    LocalDate date = f.date("date", REQUIRED);
    ConsultationChannel channel = f.keyword("channel", ConsultationChannel.class, REQUIRED);
    String author = f.text("author", OPTIONAL);
    Boolean authorPublic = f.bool("author_public", OPTIONAL);
    String email = f.text("email", OPTIONAL);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      f.error("email", Message.of("consultation-decoder.email-must-be-an", email));
    }
    String phone = f.text("phone", OPTIONAL);
    if (phone != null && !phone.matches("[+0-9 ()-]{6,20}")) {
      f.error("phone", Message.of("consultation-decoder.phone-must-be-phone", phone));
    }
    Text theme = f.translatableText("theme", OPTIONAL);
    var text = f.translatableMarkdown("text", REQUIRED);
    var written = f.map("response", OPTIONAL);
    ConsultationInput.Response response = written.map(r -> {
      ConsultationOutcome outcome = r.keyword("outcome", ConsultationOutcome.class, REQUIRED);
      var reason = r.translatableMarkdown("reason", REQUIRED);
      var commitments = Refs.many(r, "commitments");
      LocalDate answered = r.date("date", OPTIONAL);
      r.finish();
      if (outcome == ConsultationOutcome.NOT_ACCEPTED && !commitments.isEmpty()) {
        r.error("commitments", Message.of("consultation-decoder.not-accepted-input-led"));
      }
      return outcome == null || reason == null ? null
          : new ConsultationInput.Response(outcome, reason, commitments, answered);
    }).orElse(null);
    f.finish();
    // A response written with a mistake is that mistake, not also "no response".
    if (date == null || channel == null || text == null
        || written.isPresent() && response == null) {
      return null;
    }
    String published = Boolean.TRUE.equals(authorPublic) ? author : null;
    return new ConsultationInput(id, planId, date, channel, published, theme, text,
        response, f.position());
  }
}
