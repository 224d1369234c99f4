package org.acta.validate;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.COMMITMENT_YAML;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.MINUTE_MD;
import static org.acta.testing.ContentFixture.PLAN;
import static org.acta.testing.ContentFixture.PLAN_YAML;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two files (or entries) that would be one id or one page: the error names every file involved
 * and the shared id or address, and never advises a name that is taken. Agreement and
 * institution ids are in MinuteDecodingTest and CrossReferencesTest, commitment ids across
 * plans in CrossReferencesTest, output paths (theme, evidence, pages) in BuildFailuresTest.
 */
class CollisionsTest {
  private static final String NEWSLETTER = "newsletters/2019-02-boletin-1.md";
  private static final String NEWSLETTER_MD = """
      ---
      number: 1
      title: Boletín n.º 1
      date: 2019-02-10
      period:
        start: 2018-09-01
        end: 2019-01-31
      summary: El primer semestre del plan.
      ---

      Texto del boletín.
      """;
  private static final String MEETING = "meetings/2019-10-20-seguimiento.yaml";
  private static final String MEETING_YAML = """
      title: Sesión de seguimiento
      date: 2019-10-20
      kind: ordinary
      open_to_public: true
      """;

  @TempDir
  Path temp;

  @Test
  void minuteNamesDifferingOnlyInCaseNameBothFilesAndTheAddress() {
    assertCaseTwins(MINUTE, "minutes/2018/2018-05-08-Primera-sesion.md", MINUTE_MD,
        "would be published at minutes/2018/2018-05-08-primera-sesion/",
        "Do not rename it to 2018-05-08-primera-sesion.md");
  }

  @Test
  void minuteInTheWrongYearBesideItsNamesakeIsOneErrorNamingBoth() {
    String wrongYear = "minutes/2017/2018-05-08-primera-sesion.md";
    var f = ContentFixture.minimal(temp).write(wrongYear, MINUTE_MD);

    assertOnlyProblem(f.problems()).isError().isAt(display(wrongYear), 3, 7)
        .messageContains("is in folder '2017', and " + display(MINUTE) + " already exists",
            "both would be published at minutes/2018/2018-05-08-primera-sesion/",
            "do not move it there: that name is taken")
        .messageDoesNotContain("move it to");
  }

  @Test
  void minuteInTheWrongYearAloneIsStillToldWhereToGo() {
    String wrongYear = "minutes/2017/2018-06-01-otra.md";
    var f = ContentFixture.minimal(temp)
        .write(wrongYear, MINUTE_MD.replace("2018-05-08", "2018-06-01"));

    assertOnlyProblem(f.problems()).isError().isAt(display(wrongYear), 3, 7)
        .messageContains("move it to content/minutes/2018/");
  }

  @Test
  void meetingNamesDifferingOnlyInCaseNameBothFiles() {
    assertCaseTwins(MEETING, "meetings/2019-10-20-Seguimiento.yaml", MEETING_YAML);
  }

  @Test
  void newsletterSlugsDifferingOnlyInCaseNameBothFilesAndTheAddress() {
    assertCaseTwins(NEWSLETTER, "newsletters/2019-02-Boletin-1.md", NEWSLETTER_MD,
        "would be published at newsletters/2019-02-boletin-1/");
  }

  @Test
  void newsletterNumberUsedTwiceNamesBothFiles() {
    String second = "newsletters/2019-08-boletin-2.md";
    var f = ContentFixture.minimal(temp).write(NEWSLETTER, NEWSLETTER_MD)
        .write(second, NEWSLETTER_MD.replace("2019-02-10", "2019-08-10"));

    assertOnlyProblem(f.problems()).isError().isAt(display(second), 1, 1)
        .messageContains("newsletter number 1 is also used by " + display(NEWSLETTER));
  }

  @Test
  void commitmentFilesDifferingOnlyInCaseNameBothFilesAndTheAddress() {
    assertCaseTwins(COMMITMENT, "plans/2018-2020/commitments/Transparencia-municipal.yaml",
        COMMITMENT_YAML,
        "would be published at plans/2018-2020/commitments/transparencia-municipal/");
  }

  @Test
  void consultationFilesDifferingOnlyInCaseNameBothFiles() {
    assertCaseTwins("plans/2018-2020/consultation/c001.yaml",
        "plans/2018-2020/consultation/C001.yaml", "date: 2018-06-01\nchannel: web\n"
            + "text: Una propuesta.\nresponse:\n  outcome: not-accepted\n  reason: Fuera.\n");
  }

  @Test
  void planFoldersDifferingOnlyInCaseNameBothFoldersAndTheAddress() {
    String upper = "plans/2018-2020-A/plan.yaml";
    var f = ContentFixture.minimal(temp).write("plans/2018-2020-a/plan.yaml",
        PLAN_YAML.replace("number: 4", "number: 5")).write(upper, PLAN_YAML);

    assertOnlyProblem(f.problems()).isError().isAt(display("plans/2018-2020-A"), 0, 0)
        .messageContains("differs only in letter case from " + display("plans/2018-2020-a"),
            "would be published at plans/2018-2020-a/");
  }

  @Test
  void planNumberUsedTwiceNamesBothPlanFiles() {
    String other = "plans/2020-2022/plan.yaml";
    var f = ContentFixture.minimal(temp).write(other, PLAN_YAML
        .replace("start: 2018-09-01", "start: 2020-09-01").replace("end: 2020-08-31",
            "end: 2022-08-31"));

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 1, 1)
        .messageContains("plan number 4 is also used by plan '2020-2022' (" + display(other)
            + ")");
  }

  /**
   * {@code lower} and {@code upper} both hold {@code text}: the one error is at {@code upper},
   * names {@code lower}, warns that its name is taken, and says {@code more}.
   */
  private void assertCaseTwins(String lower, String upper, String text, String... more) {
    var f = ContentFixture.minimal(temp).write(lower, text).write(upper, text);

    assertOnlyProblem(f.problems()).isError().isAt(display(upper), 0, 0)
        .messageContains(Stream.concat(Stream.of("differs only in letter case from "
            + display(lower), "(that name is taken)"), Stream.of(more)).toArray(String[]::new));
  }
}
