package org.acta.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.acta.diagnostics.Problem;
import org.acta.model.PartialDate;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
import org.acta.scaffold.CommitmentTemplate;
import org.acta.scaffold.MinuteTemplate;
import org.acta.testing.Cli;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plausibility (issue 20.3): content that loads but cannot be right warns at the offending
 * value, and {@code quality.plausibility} makes a check an error or, explicitly, ignores it.
 */
class PlausibilityChecksTest {
  static final String COMMITMENT = "plans/2019-2021/commitments/datos-abiertos.yaml";
  static final String MINUTE = "minutes/2019/2019-03-05-sesion-de-prueba.md";
  @TempDir Path tmp;
  ContentFixture content;

  @BeforeEach
  void copy() {
    content = ContentFixture.copyOf("base", tmp.resolve("repo"));
  }

  private List<Problem> plausibility(LocalDate asOf) {
    BuildResult r = new SiteBuilder(new BuildOptions(content.root(), TestSites.THEME, null, null,
        asOf)).run();
    return r.problems().all().stream().filter(p -> p.code().startsWith("plausibility.")
        || p.code().equals("plan-checks.commitment-was-last-updated")).toList();
  }

  private static String minute(String date, String extra, String body) {
    return "---\ntitle: Sesión\ndate: " + date + "\nkind: ordinary\nopen_to_public: true\n"
        + extra + "---\n" + body;
  }

  private static final String ATTENDEES = "attendees:\n  members:\n    - name: Ana Uno\n";

  @Test
  void theBaseFixtureIsPlausible() {
    assertThat(plausibility(TestDates.TODAY)).isEmpty();
  }

  @Test
  void completionUpdateEvidenceAndMinuteDatesAfterTheBuildDateWarnAtTheirValue() {
    content.replace(COMMITMENT, "    status: completed\n    evidence:",
        "    status: completed\n    actual_end: 2027-03-01\n    evidence:");
    content.replace(COMMITMENT, "        date: 2019-06-30", "        date: 2062-06-30");
    content.replace(COMMITMENT, "    status: delayed\n    progress: 40\n",
        "    status: delayed\n    progress: 40\n    updates:\n      - date: 2031-02\n"
            + "        text: Avance.\n");
    content.write("minutes/2020/2020-03-10-futura.md", minute("2020-03-10", ATTENDEES,
        "Registro.\n"));
    content.write("minutes/2020/2020-03-11-anunciada.md", minute("2020-03-11", "", ""));
    List<Problem> found = plausibility(TestDates.TODAY);
    assertThat(found).allMatch(p -> !p.isError()).extracting(p -> p.position().toString(),
        Problem::code).containsExactlyInAnyOrder(
        tuple(
            content.buildDisplay(COMMITMENT) + ":" + line(COMMITMENT, "actual_end: 2027") + ":17",
            "plausibility.completed-after-build-date"),
        tuple(
            content.buildDisplay(COMMITMENT) + ":" + line(COMMITMENT, "date: 2062") + ":15",
            "plausibility.evidence-after-build-date"),
        tuple(
            content.buildDisplay(COMMITMENT) + ":" + line(COMMITMENT, "date: 2031-02") + ":15",
            "plausibility.update-after-build-date"),
        tuple(
            content.buildDisplay("minutes/2020/2020-03-10-futura.md") + ":3:7",
            "plausibility.minute-after-build-date"));
    assertThat(found).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).isEqualTo("milestone '1' of 'datos-abiertos' was "
            + "completed on 2027-03-01 (actual_end), after the build date 2020-01-15; write the "
            + "day it was really completed, or leave actual_end out until it is "
            + "(quality.plausibility: future_dates in site.yaml)."));
    // The same content built after those dates is plausible.
    assertThat(plausibility(LocalDate.of(2063, 1, 1)))
        .noneMatch(p -> p.code().endsWith("-after-build-date"));
  }

  @Test
  void aCompletedMilestoneWithoutADateIsNotShownCompletedInTheFuture() {
    content.replace(COMMITMENT, "    end: 2021-06-30\n    status: not-started",
        "    end: 2021-06-30\n    status: completed");
    assertThat(plausibility(TestDates.TODAY)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("plausibility.completed-on-planned-end");
      assertThat(p.position()).hasToString(content.buildDisplay(COMMITMENT) + ":"
          + line(COMMITMENT, "    end: 2021-06-30") + ":10");
      assertThat(p.message()).contains("milestone '4' of 'datos-abiertos' is completed but says "
          + "not when").contains("2021-06-30").contains("add actual_end");
    });
    // Saying when it was completed answers it.
    content.replace(COMMITMENT, "    end: 2021-06-30\n    status: completed",
        "    end: 2021-06-30\n    actual_end: 2019-12-20\n    status: completed");
    assertThat(plausibility(TestDates.TODAY)).isEmpty();
  }

  private int line(String file, String text) {
    List<String> lines = content.read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void instructionTextOfActaNewWarnsWhereItIsLeft() {
    content.write("minutes/2019/2019-09-01-nueva.md", new MinuteTemplate("Nueva", LocalDate.of(
        2019, 9, 1), "ministerio", "datos-abiertos", "2019-03-05-sesion-de-prueba/a01", null)
        .render().replace("---\n\n", "attendees:\n  members:\n    - name: Ana Uno\n---\n\n"));
    String commitment = "plans/2019-2021/commitments/nuevo.yaml";
    content.write(commitment, new CommitmentTemplate("2019-2021", "Nuevo", "ministerio",
        "red-civil", PartialDate.of(LocalDate.of(2019, 1, 1)),
        PartialDate.of(LocalDate.of(2021, 6, 30)), CommitmentTemplate.PLACEHOLDERS).render());
    List<Problem> found = plausibility(TestDates.TODAY).stream()
        .filter(p -> p.code().equals("plausibility.template-text")).toList();
    assertThat(found).extracting(p -> p.position().file() + ":" + p.position().line())
        .containsExactlyInAnyOrder(
            content.buildDisplay("minutes/2019/2019-09-01-nueva.md") + ":"
                + line("minutes/2019/2019-09-01-nueva.md", "Escriba aquí el registro"),
            content.buildDisplay("minutes/2019/2019-09-01-nueva.md") + ":"
                + line("minutes/2019/2019-09-01-nueva.md", "Los acuerdos se registran"),
            content.buildDisplay(commitment) + ":" + line(commitment, "Describa el problema"),
            content.buildDisplay(commitment) + ":" + line(commitment, "Describa el compromiso"),
            content.buildDisplay(commitment) + ":" + line(commitment, "Describa cómo"),
            content.buildDisplay(commitment) + ":" + line(commitment, "Describa por qué"),
            content.buildDisplay(commitment) + ":" + line(commitment, "Describa el entregable"));
    assertThat(found.get(0).message()).contains("instruction text that acta new or acta init "
        + "wrote").contains("replace it with the real text");

    // Written over, nothing is left; commented-out examples never count.
    content.write("minutes/2019/2019-09-01-nueva.md", minute("2019-09-01", ATTENDEES,
        "Se revisó el avance.\n"));
    content.delete(commitment);
    assertThat(plausibility(TestDates.TODAY)).isEmpty();
  }

  @Test
  void theSamplesOfActaInitAreRecognisedInBothLanguages() {
    for (String lang : new String[] {"es", "en"}) {
      Path repo = tmp.resolve("init-" + lang);
      Cli.Run r = Cli.init(repo.toString(), "--language", lang);
      assertThat(r.code()).as(r.all()).isZero();
      BuildResult b = new SiteBuilder(new BuildOptions(repo.resolve("content"), TestSites.THEME,
          null, null, LocalDate.now())).run();
      assertThat(b.problems().all()).filteredOn(p -> p.code().equals("plausibility.template-text"))
          .extracting(p -> p.position().file().replaceAll(".*/content/([a-z]+)/.*", "$1"))
          .as(lang).contains("minutes", "plans");
    }
  }

  @Test
  void minutesWithoutAttendeesWarnOnlyOnceTheSessionIsHeld() {
    content.write("minutes/2019/2019-09-01-sin-asistentes.md", minute("2019-09-01", "",
        "Registro.\n"));
    content.write("minutes/2020/2020-02-01-anunciada.md", minute("2020-02-01", "", ""));
    assertThat(plausibility(TestDates.TODAY)).singleElement().satisfies(p -> {
      assertThat(p.position()).hasToString(
          content.buildDisplay("minutes/2019/2019-09-01-sin-asistentes.md") + ":3:7");
      assertThat(p.code()).isEqualTo("plausibility.minute-without-attendees");
      assertThat(p.message()).contains("lists no attendees").contains("'attendees'");
    });
    content.write("minutes/2019/2019-09-01-sin-asistentes.md", minute("2019-09-01",
        "attendees: {}\n", "Registro.\n"));
    assertThat(plausibility(TestDates.TODAY)).singleElement()
        .satisfies(p -> assertThat(p.position().line()).isEqualTo(6));
    content.write("minutes/2019/2019-09-01-sin-asistentes.md", minute("2019-09-01", ATTENDEES,
        "Registro.\n"));
    assertThat(plausibility(TestDates.TODAY)).isEmpty();
  }

  @Test
  void scheduledMeetingsPastWithoutTheirMinuteWarn() {
    String meeting = "meetings/2019-10-01-sesion-ordinaria.yaml";
    content.write(meeting, "title: Sesión ordinaria\ndate: 2019-10-01\nkind: ordinary\n");
    assertThat(plausibility(LocalDate.of(2019, 9, 30))).isEmpty();
    assertThat(plausibility(TestDates.TODAY)).singleElement().satisfies(p -> {
      assertThat(p.position()).hasToString(content.buildDisplay(meeting) + ":2:7");
      assertThat(p.code()).isEqualTo("plausibility.meeting-without-minute");
      assertThat(p.message()).contains("scheduled for 2019-10-01, which has passed")
          .contains(content.buildDisplay("minutes/2019/2019-10-01-sesion-ordinaria.md"));
    });
    String minute = "minutes/2019/2019-10-01-sesion-ordinaria.md";
    content.write(minute, minute("2019-10-01", ATTENDEES, ""));
    assertThat(plausibility(TestDates.TODAY)).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(
            "plausibility.meeting-minute-without-record"));
    content.write(minute, minute("2019-10-01", ATTENDEES, "Registro.\n"));
    assertThat(plausibility(TestDates.TODAY)).isEmpty();
  }

  @Test
  void siteYamlTurnsAChecksIntoAnErrorOrIgnoresItByName() {
    content.write("minutes/2019/2019-09-01-sin-asistentes.md", minute("2019-09-01", "",
        "Registro.\n"));
    content.replace(COMMITMENT, "        date: 2019-06-30", "        date: 2062-06-30");
    String site = content.read("site.yaml");
    content.write("site.yaml", site + "quality:\n  plausibility:\n"
        + "    minutes_without_attendees: ignore\n    future_dates: error\n");
    BuildResult r = new SiteBuilder(new BuildOptions(content.root(), TestSites.THEME,
        tmp.resolve("out"), null, TestDates.TODAY)).run();
    assertThat(r.ok()).isFalse();
    assertThat(r.problems().all()).noneMatch(p -> p.code().equals(
        "plausibility.minute-without-attendees"));
    assertThat(r.problems().all()).filteredOn(Problem::isError).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("plausibility.evidence-after-build-date"));

    content.write("site.yaml", site + "quality:\n  plausibility:\n    future_date: error\n"
        + "    template_text: sometimes\n");
    List<Problem> errors = new SiteBuilder(new BuildOptions(content.root(), TestSites.THEME,
        null, null, TestDates.TODAY)).run().problems().all().stream()
        .filter(Problem::isError).toList();
    assertThat(errors).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("future_date").contains("future_dates"))
        .anySatisfy(m -> assertThat(m).contains("warning, error, ignore")
            .contains("sometimes"));
  }

  @Test
  void staleCommitmentsFollowTheSameSetting() throws Exception {
    try (Git git = Git.init().setDirectory(content.root().getParent().toFile()).call()) {
      git.add().addFilepattern(".").call();
      PersonIdent id = new PersonIdent("Ana", "a@example.test",
          Date.from(Instant.parse("2019-01-02T10:00:00Z")), TimeZone.getTimeZone("UTC"));
      git.commit().setMessage("x").setAuthor(id).setCommitter(id).setSign(false).call();
    }
    assertThat(plausibility(TestDates.TODAY)).singleElement().satisfies(p -> {
      assertThat(p.isError()).isFalse();
      assertThat(p.code()).isEqualTo("plan-checks.commitment-was-last-updated");
    });
    String site = content.read("site.yaml");
    content.write("site.yaml", site + "quality:\n  plausibility:\n    stale_commitments: error\n");
    assertThat(plausibility(TestDates.TODAY)).singleElement()
        .satisfies(p -> assertThat(p.isError()).isTrue());
    content.write("site.yaml", site + "quality:\n  plausibility:\n    stale_commitments: ignore\n");
    assertThat(plausibility(TestDates.TODAY)).isEmpty();
  }

  @Test
  void theJsonReportCarriesTheWarningsCodes() throws Exception {
    content.write("minutes/2019/2019-09-01-sin-asistentes.md", minute("2019-09-01", "",
        "Registro.\n"));
    Cli.Run r = Cli.acta("validate", "--content", content.root().toString(), "--format",
        "json");
    assertThat(r.code()).as(r.all()).isZero();
    var problems = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out())
        .get("problems");
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.get("code").asText()).isEqualTo("plausibility.minute-without-attendees");
      assertThat(p.get("severity").asText()).isEqualTo("warning");
      assertThat(p.get("file").asText()).endsWith("2019-09-01-sin-asistentes.md");
      assertThat(p.get("line").asInt()).isEqualTo(3);
      assertThat(p.get("column").asInt()).isEqualTo(7);
    });
  }
}
