package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.acta.model.Ref;
import org.acta.model.MeetingKind;
import org.acta.model.MilestoneStatus;
import org.acta.model.PlanStatus;
import org.acta.pipeline.BuildResult;
import org.acta.testing.ContentFixture;
import org.acta.testing.ProblemAssert;
import org.acta.testing.TestDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline every other test changes one thing in: it must be free of problems. */
class MinimalContentTest {
  @TempDir
  Path temp;

  @Test
  void minimalFolderLoadsAndValidatesWithoutAnyProblem() {
    ContentFixture.Checked checked = ContentFixture.minimal(temp).check();

    assertThat(checked.problems())
        .withFailMessage("expected no problems but got:%n%s",
            ProblemAssert.describe(checked.problems()))
        .isEmpty();
  }

  @Test
  void minimalFolderBuildsWithoutAnyProblem() {
    BuildResult result = ContentFixture.minimal(temp).build();

    assertThat(result.problems().all())
        .withFailMessage("expected no problems but got:%n%s",
            ProblemAssert.describe(result.problems().all()))
        .isEmpty();
    assertThat(result.ok()).isTrue();
    assertThat(result.pages()).isPositive();
    assertThat(result.files()).as("out = null renders without writing").isZero();
    assertThat(result.asOf()).isEqualTo(TestDates.TODAY);
    assertThat(result.asOfSource()).hasToString("--today");
  }

  @Test
  void minimalFolderIsDecodedIntoTheExpectedModel() {
    var loaded = ContentFixture.minimal(temp).check().loaded();

    assertThat(loaded.config().title().value()).isEqualTo("Gobierno Abierto de Prueba");
    assertThat(loaded.config().language()).as("default language").isEqualTo("es");
    assertThat(loaded.institutions()).extracting(i -> i.id())
        .containsExactly("segpres", "cplt", "red-ciudadana");

    assertThat(loaded.minutes()).singleElement().satisfies(m -> {
      assertThat(m.slug()).isEqualTo("2018-05-08-primera-sesion");
      assertThat(m.date()).isEqualTo(LocalDate.of(2018, 5, 8));
      assertThat(m.kind()).isEqualTo(MeetingKind.ORDINARY);
      assertThat(m.openToPublic()).isFalse();
      assertThat(m.start()).isNull();
      assertThat(m.body().source()).contains("Se revisan los desafíos");
      assertThat(m.source().file()).isEqualTo(ContentFixture.display(MINUTE));
    });

    assertThat(loaded.plans()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("2018-2020");
      assertThat(p.number()).isEqualTo(4);
      assertThat(p.status()).isEqualTo(PlanStatus.CLOSED);
      assertThat(p.commitments()).singleElement().satisfies(c -> {
        assertThat(c.id()).isEqualTo("transparencia-municipal");
        assertThat(c.planId()).isEqualTo("2018-2020");
        assertThat(c.leadInstitutions()).extracting(Ref::id).containsExactly("cplt");
        assertThat(c.source().file()).isEqualTo(ContentFixture.display(COMMITMENT));
        assertThat(c.milestones()).singleElement().satisfies(m -> {
          assertThat(m.status().value()).isEqualTo(MilestoneStatus.COMPLETED);
          assertThat(m.progress().value()).isEqualTo(100);
        });
      });
    });
  }
}
