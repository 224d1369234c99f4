package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.COMMITMENT_YAML;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.OgpValue;
import org.acta.model.Stated;
import org.acta.model.ValueRelevance;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** plans/<plan>/commitments/<id>.yaml: required fields, milestones, OGP values, SDGs. */
class CommitmentDecodingTest {
  private static final String FILE = display(COMMITMENT);
  /** The commitment up to (not including) its 'milestones:' line, which is line 10. */
  private static final String HEAD = COMMITMENT_YAML.substring(0,
      COMMITMENT_YAML.indexOf("milestones:"));

  @TempDir
  Path temp;

  @Test
  void missingTitleIsReportedAtTheStartOfTheFile() {
    var f = ContentFixture.minimal(temp).removeTopLevelKey(COMMITMENT, "title");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 1, 1)
        .messageContains("missing required field 'title'", "(a text)");
  }

  /** Real plans often state no lead, dates, problem, solution or OGP values (issue 17). */
  @ParameterizedTest
  @ValueSource(strings = {"lead_institution", "start", "end", "problem", "description",
      "solution", "ogp_values"})
  void whatAPlanDoesNotStateMayBeOmitted(String key) {
    var f = ContentFixture.minimal(temp).removeTopLevelKey(COMMITMENT, key);
    if (key.equals("ogp_values")) {
      f.replace(COMMITMENT, "  access_to_information: Publica información municipal que hoy no "
          + "es accesible.\n", "");
    }

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    Commitment c = checked.loaded().plans().get(0).commitments().get(0);
    Stated<?> value = switch (key) {
      case "start" -> c.start();
      case "end" -> c.end();
      case "problem" -> c.problem();
      case "description" -> c.description();
      case "solution" -> c.solution();
      case "ogp_values" -> c.ogpValues();
      default -> Stated.omitted();
    };
    assertThat(value.known()).isFalse();
    assertThat(value.declaredNotStated()).isFalse();
    if (key.equals("lead_institution")) {
      assertThat(c.leadInstitutions()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"start", "end", "problem", "description", "solution"})
  void notStatedIsAValueOfItsOwn(String key) {
    var f = ContentFixture.minimal(temp).removeTopLevelKey(COMMITMENT, key);
    f.write(COMMITMENT, f.read(COMMITMENT) + key + ": not_stated\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    Commitment c = checked.loaded().plans().get(0).commitments().get(0);
    Stated<?> value = switch (key) {
      case "start" -> c.start();
      case "end" -> c.end();
      case "problem" -> c.problem();
      case "description" -> c.description();
      default -> c.solution();
    };
    assertThat(value.declaredNotStated()).isTrue();
    assertThat(value.known()).isFalse();
  }

  @Test
  void aCommitmentWithoutMilestonesIsValid() {
    var f = ContentFixture.minimal(temp).write(COMMITMENT, HEAD);

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    Commitment c = checked.loaded().plans().get(0).commitments().get(0);
    assertThat(c.milestones()).isEmpty();
    assertThat(c.progress().known()).as("no milestone, no update: not reported").isFalse();
  }

  @Test
  void emptyLeadInstitutionLeavesTheLeadUnknown() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "lead_institution: cplt", "lead_institution:");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans().get(0).commitments().get(0).leadInstitutions())
        .isEmpty();
  }

  @Test
  void milestoneWithoutTitleIsReportedAtTheMilestone() {
    StringBuilder text = new StringBuilder(HEAD).append("milestones:\n")
        .append("  - deliverable: Informe publicado con resultados por municipio\n")
        .append("    status: completed\n");
    var checked = ContentFixture.minimal(temp).write(COMMITMENT, text.toString()).check();

    // The milestone's block starts on line 11, column 5 (after "  - ").
    assertOnlyProblem(checked.problems()).isError().isAt(FILE, 11, 5)
        .messageContains("missing required field 'title'");
    assertThat(checked.loaded().plans().get(0).commitments().get(0).milestones())
        .as("a milestone without a title is left out").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"deliverable", "start", "end", "status"})
  void aMilestoneMayLeaveOutWhatThePlanDoesNotState(String key) {
    List<String> fields = List.of("title: Diagnóstico de cumplimiento municipal",
        "deliverable: Informe publicado con resultados por municipio", "start: 2018-09-01",
        "end: 2019-03-31", "status: completed");
    List<String> kept = fields.stream().filter(l -> !l.startsWith(key + ":")).toList();
    StringBuilder text = new StringBuilder(HEAD).append("milestones:\n");
    for (int i = 0; i < kept.size(); i++) {
      text.append(i == 0 ? "  - " : "    ").append(kept.get(i)).append('\n');
    }
    var checked = ContentFixture.minimal(temp).write(COMMITMENT, text.toString()).check();

    assertThat(checked.problems()).isEmpty();
    Milestone m = checked.loaded().plans().get(0).commitments().get(0).milestones().get(0);
    assertThat(m.title().value()).isEqualTo("Diagnóstico de cumplimiento municipal");
    if (key.equals("status")) {
      assertThat(m.status().known()).isFalse();
      assertThat(m.progress().known()).as("no status, no progress: not reported, never 0")
          .isFalse();
    }
  }

  @Test
  void completedMilestoneWithProgressFiftyIsAnError() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "progress: 100", "progress: 50");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 16, 15)
        .messageContains("a completed milestone has progress 100, not 50",
            "set status to in-progress or progress to 100");
  }

  @Test
  void notStartedMilestoneWithProgressTwentyIsAnError() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT,
        "status: completed\n    progress: 100", "status: not-started\n    progress: 20");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 16, 15)
        .messageContains("a not-started milestone has progress 0, not 20",
            "set status to in-progress or progress to 0");
  }

  @Test
  void completedMilestoneWithoutProgressHasProgressOneHundred() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "    progress: 100\n", "");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    Milestone m = checked.loaded().plans().get(0).commitments().get(0).milestones().get(0);
    assertThat(m.status().value()).isEqualTo(MilestoneStatus.COMPLETED);
    assertThat(m.progress().value()).isEqualTo(100);
  }

  @Test
  void notStartedMilestoneWithoutProgressHasProgressZero() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "status: completed\n    progress: 100\n", "status: not-started\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    Milestone m = checked.loaded().plans().get(0).commitments().get(0).milestones().get(0);
    assertThat(m.progress().value()).isZero();
  }

  /** A figure the plan does not give is not reported, never 0 (issue 17). */
  @ParameterizedTest
  @ValueSource(strings = {"in-progress", "delayed", "cancelled"})
  void otherMilestonesWithoutProgressAreNotReported(String status) {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "status: completed\n    progress: 100\n", "status: " + status + "\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    Milestone m = checked.loaded().plans().get(0).commitments().get(0).milestones().get(0);
    assertThat(m.status().value().keyword()).isEqualTo(status);
    assertThat(m.progress().known()).isFalse();
  }

  @Test
  void inProgressMilestoneKeepsItsProgress() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT,
        "status: completed\n    progress: 100", "status: in-progress\n    progress: 40");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans().get(0).commitments().get(0).milestones().get(0)
        .progress().value()).isEqualTo(40);
  }

  @Test
  void ogpIdMustBeCountryCodeAndFourDigits() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "title: Transparencia municipal activa\n",
            "title: Transparencia municipal activa\nogp_id: CL50\n");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 2, 9)
        .messageContains("'ogp_id' must be an OGP commitment id", "got \"CL50\"");
  }

  @Test
  void ogpIdWithSubCommitmentIsAccepted() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "title: Transparencia municipal activa\n",
            "title: Transparencia municipal activa\nogp_id: US0113.2\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans().get(0).commitments().get(0).ogpId())
        .isEqualTo("US0113.2");
  }

  @Test
  void ogpValuesWithoutAnyValueIsAnError() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT,
        "ogp_values:\n  access_to_information: Publica información municipal que hoy no es "
            + "accesible.\n", "ogp_values: {}\n");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 8, 13)
        .messageContains("'ogp_values' must explain", "at least one OGP value",
            "access_to_information", "civic_participation", "public_accountability",
            "technology_and_innovation");
  }

  @Test
  void unknownOgpValueIsAnErrorWithSuggestion() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT,
        "  access_to_information:", "  civic_participation: Mesas.\n  public_accountabilty:");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 10, 3)
        .messageContains("unknown field 'public_accountabilty'",
            "did you mean 'public_accountability'?");
  }

  @Test
  void ogpValuesAreDecodedInTheirFixedOrder() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "  access_to_information:",
        "  technology_and_innovation: Un portal.\n  access_to_information:");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans().get(0).commitments().get(0).ogpValues().value())
        .extracting(ValueRelevance::value)
        .containsExactly(OgpValue.ACCESS_TO_INFORMATION, OgpValue.TECHNOLOGY_AND_INNOVATION);
  }

  @Test
  void sdgGoalEighteenIsOutOfRange() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "milestones:\n",
        "sdgs:\n  - goal: 18\nmilestones:\n");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 11, 11)
        .messageContains("'goal' must be from 1 to 17", "got 18");
  }

  @Test
  void sdgTargetOfAnotherGoalIsAnError() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "milestones:\n",
        "sdgs:\n  - goal: 16\n    targets: [\"16.6\", \"5.1\"]\nmilestones:\n");

    // Reported at the offending item: '    targets: ["16.6", "5.1"]' has "5.1" at column 23.
    assertOnlyProblem(f.problems()).isError().isAt(FILE, 12, 23)
        .messageContains("SDG target \"5.1\" does not belong to goal 16",
            "start with \"16.\"");
  }

  @Test
  void sdgTargetOfAnotherGoalInABlockListIsReportedAtItsOwnLine() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "milestones:\n", """
        sdgs:
          - goal: 16
            targets:
              - "16.6"
              - "5.1"
        milestones:
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 14, 9)
        .messageContains("SDG target \"5.1\" does not belong to goal 16");
  }

  @Test
  void sdgTargetInAWrongFormatIsAnError() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "milestones:\n",
        "sdgs:\n  - goal: 16\n    targets: [\"16\"]\nmilestones:\n");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 12, 15)
        .messageContains("SDG target \"16\" must be written goal.target", "\"16.6\"", "\"16.a\"");
  }

  @Test
  void sdgTargetsWithNumberAndLetterAreAccepted() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "milestones:\n",
        "sdgs:\n  - goal: 16\n    targets: [\"16.10\", \"16.a\"]\nmilestones:\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans().get(0).commitments().get(0).sdgs()).singleElement()
        .satisfies(s -> {
          assertThat(s.goal()).isEqualTo(16);
          assertThat(s.targets()).containsExactly("16.10", "16.a");
        });
  }

  @Test
  void officialWithoutNameIsAnError() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "milestones:\n",
        "officials:\n  - role: Jefa de unidad\nmilestones:\n");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 11, 5)
        .messageContains("missing required field 'name'");
  }

  @Test
  void unknownKeyInAMilestoneIsAnErrorWithSuggestion() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "    progress: 100\n",
        "    progress: 100\n    deliverables: Otro\n");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 17, 5)
        .messageContains("unknown field 'deliverables'", "did you mean 'deliverable'?");
  }
}
