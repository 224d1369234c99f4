package org.acta.tracking;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acta.model.ActionPlan;
import org.acta.model.ConsultationInput;
import org.acta.model.ConsultationOutcome;

/** Counts of a plan's consultation: by outcome, by theme, and inputs still unanswered. */
public record ConsultationSummary(
    int inputs,
    Map<ConsultationOutcome, Integer> byOutcome,
    Map<String, Integer> byTheme,
    int unanswered) {

  public static ConsultationSummary of(ActionPlan plan) {
    Map<ConsultationOutcome, Integer> outcomes = new EnumMap<>(ConsultationOutcome.class);
    for (ConsultationOutcome o : ConsultationOutcome.values()) {
      outcomes.put(o, 0);
    }
    Map<String, Integer> themes = new TreeMap<>();
    int unanswered = 0;
    List<ConsultationInput> inputs = plan.consultation();
    for (ConsultationInput in : inputs) {
      if (in.response() == null) {
        unanswered++;
      } else {
        outcomes.merge(in.response().outcome(), 1, Integer::sum);
      }
      if (in.theme() != null) {
        themes.merge(in.theme().value(), 1, Integer::sum);
      }
    }
    return new ConsultationSummary(inputs.size(), outcomes, themes, unanswered);
  }
}
