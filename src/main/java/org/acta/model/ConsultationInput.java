package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/**
 * One citizen input to a plan's consultation and the forum's reasoned response.
 * {@code content/plans/<plan>/consultation/<id>.yaml}. Only what may be published is kept:
 * the author's name only when they agreed, never their e-mail or phone.
 *
 * @param author the published author, or null (anonymous, or not agreed to publish)
 * @param response null while the forum has not answered
 */
public record ConsultationInput(
    String id,
    String planId,
    LocalDate date,
    ConsultationChannel channel,
    String author,
    Text theme,
    Markdown text,
    Response response,
    Position source) {

  /** The forum's answer: the decision, its reasons, and the commitments it led to. */
  public record Response(ConsultationOutcome outcome, Markdown reason, List<Ref> commitments,
      LocalDate date) {}

  public String anchor() {
    return SitePaths.inputAnchor(id);
  }
}
