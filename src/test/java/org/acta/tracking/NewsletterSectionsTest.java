package org.acta.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.acta.model.Commitment;
import org.acta.model.Markdown;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.Newsletter;
import org.acta.model.Official;
import org.acta.model.Ref;
import org.acta.model.Stated;
import org.acta.model.Text;
import org.acta.testing.Models;
import org.junit.jupiter.api.Test;

class NewsletterSectionsTest {
  static Milestone m(String title, MilestoneStatus status, int progress, String start,
      String end, String actualEnd) {
    return Models.milestone(title, status, progress, start, end, actualEnd, List.of(), false);
  }

  @Test
  void sectionsFollowThePeriod() {
    Commitment base = Models.commitment("c", null, List.of());
    Commitment c = new Commitment("c", "p", null, new Text("Compromiso"), null,
        base.leadInstitutions(), List.of(), base.start(), base.end(), base.problem(), null,
        base.description(), base.solution(), Stated.omitted(), base.ogpValues(), List.of(),
        List.of(), List.of(new Official("Ana Pérez", new Text("Jefa"), null)), List.of(
            m("antes", MilestoneStatus.COMPLETED, 100, "2019-01-01", "2019-03-31", "2019-03-20"),
            m("en el período", MilestoneStatus.COMPLETED, 100, "2019-03-01", "2019-06-30",
                "2019-05-10"),
            m("empieza", MilestoneStatus.IN_PROGRESS, 40, "2019-05-01", "2019-12-31", null),
            m("atrasado", MilestoneStatus.DELAYED, 20, "2019-02-01", "2019-06-01", null),
            m("futuro", MilestoneStatus.NOT_STARTED, 0, "2020-01-01", "2020-06-30", null)),
        List.of(), null, null, RulesTest.AT);
    Newsletter n = new Newsletter("2019-07-n", 1, new Text("N"), LocalDate.of(2019, 7, 5),
        LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30), null, List.of(),
        List.of(new Newsletter.FeaturedOfficial(new Ref("c", RulesTest.AT), "Ana Pérez",
            RulesTest.AT)), new Markdown(""), RulesTest.AT);

    NewsletterSections s = NewsletterSections.of(n, List.of(c), List.of(), List.of());

    assertThat(s.completed()).extracting(r -> r.milestone().title().value())
        .containsExactly("en el período");
    assertThat(s.started()).extracting(r -> r.milestone().title().value()).containsExactly("empieza");
    assertThat(s.delayed()).extracting(r -> r.milestone().title().value()).containsExactly("atrasado");
    // Before the period: "antes" done (100) and "atrasado" started (20) of 5 → 24.
    // At its end: + "en el período" (100) + "empieza" (40) → 52.
    assertThat(s.progress()).singleElement().satisfies(p -> {
      assertThat(p.before().percent()).isEqualTo(24);
      assertThat(p.after().percent()).isEqualTo(52);
    });
    assertThat(s.spotlight()).singleElement().satisfies(sp -> {
      assertThat(sp.official().role().value()).isEqualTo("Jefa");
      assertThat(sp.progress().percent()).isEqualTo(52);
    });
  }
}
