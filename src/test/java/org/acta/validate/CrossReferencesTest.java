package org.acta.validate;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.COMMITMENT_YAML;
import static org.acta.testing.ContentFixture.INSTITUTIONS;
import static org.acta.testing.ContentFixture.INSTITUTIONS_YAML;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.PLAN_YAML;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids referred to must exist, and ids must be defined once, across all files. */
class CrossReferencesTest {
  private static final String C_FILE = display(COMMITMENT);
  private static final String M_FILE = display(MINUTE);
  private static final String PLAN_2020 = "plans/2020-2022/plan.yaml";
  private static final String PLAN_2020_YAML = PLAN_YAML.replace("number: 4", "number: 5")
      .replace("start: 2018-09-01", "start: 2020-09-01").replace("end: 2020-08-31",
          "end: 2022-08-31");

  @TempDir
  Path temp;

  // ---- institutions -------------------------------------------------------------------------

  @Test
  void unknownLeadInstitutionIsAnErrorWithSuggestion() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "lead_institution: cplt", "lead_institution: segpress");

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 2, 19)
        .messageContains("unknown institution 'segpress'",
            "must be an id defined in content/institutions.yaml", "Did you mean 'segpres'?");
  }

  @Test
  void oneLetterTypoInAnInstitutionIdGetsASuggestion() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "lead_institution: cplt", "lead_institution: segprez");

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 2, 19)
        .messageContains("unknown institution 'segprez'", "Did you mean 'segpres'?");
  }

  @Test
  void missingHyphenInAnInstitutionIdGetsASuggestion() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "lead_institution: cplt", "lead_institution: redciudadana");

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 2, 19)
        .messageContains("unknown institution 'redciudadana'", "Did you mean 'red-ciudadana'?");
  }

  @Test
  void unrelatedUnknownInstitutionHasNoSuggestion() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "lead_institution: cplt", "lead_institution: minsal");

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 2, 19)
        .messageContains("unknown institution 'minsal'")
        .messageDoesNotContain("Did you mean");
  }

  @Test
  void unknownPartnerInstitutionIsReportedAtTheItem() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\npartner_institutions: [segpres, cplt-chile]\n");

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 3, 33)
        .messageContains("unknown institution 'cplt-chile'", "Did you mean 'cplt'?");
  }

  @Test
  void unknownPartnerInABlockListIsReportedAtItsLine() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "lead_institution: cplt\n", """
        lead_institution: cplt
        partner_institutions:
          - segpres
          - minsal
        """);

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 5, 5)
        .messageContains("unknown institution 'minsal'");
  }

  @Test
  void partnerThatIsNotAnIdIsReportedAtItsOwnLine() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "lead_institution: cplt\n", """
        lead_institution: cplt
        partner_institutions:
          - segpres
          - Red Ciudadana
        """);

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 5, 5)
        .messageContains("\"Red Ciudadana\"", "not an id");
  }

  @Test
  void partnerThatIsAlsoTheLeadIsAWarning() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\npartner_institutions: [segpres, cplt]\n");

    assertOnlyProblem(f.problems()).isWarning().isAt(C_FILE, 3, 33)
        .messageContains("'cplt' is a lead institution", "need not be listed as a partner");
  }

  @Test
  void partnerListedTwiceIsAnErrorAtTheSecond() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\npartner_institutions: [segpres, segpres]\n");

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 3, 33)
        .messageContains("partner institution 'segpres' is listed twice");
  }

  @Test
  void unknownAttendeeInstitutionIsAnError() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary\n", """
        kind: ordinary
        attendees:
          ogp:
            - name: Alonso Cerdán
              institution: ogp
        """);

    assertOnlyProblem(f.problems()).isError().isAt(M_FILE, 8, 20)
        .messageContains("unknown institution 'ogp'", "content/institutions.yaml");
  }

  @Test
  void unknownInstitutionOfAnAttendeeInEveryGroupIsReported() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary\n", """
        kind: ordinary
        attendees:
          members: [{name: Ana, institution: x1}]
          ogp: [{name: Bea, institution: x2}]
          secretary: [{name: Carla, institution: x3}]
          others: [{name: Dora, institution: x4}]
        """);

    assertThat(f.problems()).extracting(p -> p.position().line() + ":" + p.message()
            .substring(0, p.message().indexOf(';')))
        .containsExactly("6:unknown institution 'x1'", "7:unknown institution 'x2'",
            "8:unknown institution 'x3'", "9:unknown institution 'x4'");
  }

  @Test
  void unknownOfficialInstitutionIsAnErrorWithSuggestion() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "milestones:\n", """
        officials:
          - name: María Pérez
            institution: cplt-x
        milestones:
        """);

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 12, 18)
        .messageContains("unknown institution 'cplt-x'", "Did you mean 'cplt'?");
  }

  @Test
  void unknownAgreementInstitutionIsAnErrorWithSuggestion() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary\n", """
        kind: ordinary
        agreements:
          - text: Publicar el acta.
            institution: segpre
        """);

    assertOnlyProblem(f.problems()).isError().isAt(M_FILE, 7, 18)
        .messageContains("unknown institution 'segpre'", "Did you mean 'segpres'?");
  }

  @Test
  void duplicateInstitutionIdIsAnErrorAtTheSecondDefinitionNamingTheFirst() {
    var f = ContentFixture.minimal(temp).write(INSTITUTIONS, INSTITUTIONS_YAML + """
          - id: cplt
            name: Otro consejo
            kind: academia
        """);

    assertOnlyProblem(f.problems()).isError().isAt(display(INSTITUTIONS), 11, 9)
        .messageContains("institution id 'cplt' is also defined at "
            + display(INSTITUTIONS) + ":5:9", "the page institutions/cplt/", "must be unique");
  }

  // ---- commitments and plans -----------------------------------------------------------------

  @Test
  void unknownCommitmentInAnAgreementIsAnErrorWithSuggestion() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary\n", """
        kind: ordinary
        agreements:
          - text: Revisar los compromisos.
            commitments: [transparencia-municipal, transparencia-municipla]
        """);

    assertOnlyProblem(f.problems()).isError().isAt(M_FILE, 7, 44)
        .messageContains("unknown commitment 'transparencia-municipla'",
            "content/plans/<plan>/commitments/", "Did you mean 'transparencia-municipal'?");
  }

  @Test
  void agreementMayReferToACommitmentOfAnotherPlan() {
    var f = ContentFixture.minimal(temp).write(PLAN_2020, PLAN_2020_YAML)
        .write("plans/2020-2022/commitments/datos-abiertos.yaml", COMMITMENT_YAML
            .replace("2018-09-01", "2020-09-01").replace("2020-08-31", "2022-08-31")
            .replace("2019-03-31", "2021-03-31"))
        .replace(MINUTE, "kind: ordinary\n",
            "kind: ordinary\nagreements:\n  - text: Revisar.\n    commitments: [datos-abiertos]\n");

    assertThat(f.problems()).isEmpty();
  }

  @Test
  void sameCommitmentIdInTwoPlansIsAnError() {
    String second = "plans/2020-2022/commitments/transparencia-municipal.yaml";
    var f = ContentFixture.minimal(temp).write(PLAN_2020, PLAN_2020_YAML)
        .write(second, COMMITMENT_YAML);

    assertOnlyProblem(f.problems()).isError().isAt(display(second), 1, 1)
        .messageContains("commitment id 'transparencia-municipal' is also used in plan "
            + "'2018-2020'", display(COMMITMENT), display(second), "unique across all plans");
  }

  /** One mistake, one error: follow-ups of a minute that failed to load are not errors too. */
  @Test
  void followUpsOfAMinuteThatFailedToLoadAreNotReportedAgain() {
    String later = "minutes/2019/2019-02-01-segunda-sesion.md";
    String followUp = "follow_up:\n  - agreement: 2018-05-08-primera-sesion/a01\n"
        + "    status: done\n";
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nagreements:\n  - text: A.\n")
        .replace(MINUTE, "date: 2018-05-08", "date: 2018-02-30");
    for (int i = 1; i <= 3; i++) {
      f.write(later.replace("02-01", "02-0" + i).replace("segunda", "sesion-" + i),
          ContentFixture.MINUTE_MD.replace("2018-05-08", "2019-02-0" + i)
              .replace("kind: ordinary\n", "kind: ordinary\n" + followUp));
    }

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 3, 7)
        .messageContains("2018-02-30");
  }

  @Test
  void duplicatePlanNumberIsAnError() {
    var f = ContentFixture.minimal(temp)
        .write(PLAN_2020, PLAN_2020_YAML.replace("number: 5", "number: 4"));

    // Plans are checked newest first, so the older plan is the one reported.
    assertOnlyProblem(f.problems()).isError().isAt(display(ContentFixture.PLAN), 1, 1)
        .messageContains("plan number 4 is also used by plan '2020-2022'");
  }

  @Test
  void duplicateSdgGoalIsAnErrorAtTheSecond() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "milestones:\n", """
        sdgs:
          - goal: 16
            targets: ["16.6"]
          - goal: 16
            targets: ["16.10"]
        milestones:
        """);

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 13, 5)
        .messageContains("SDG 16 is listed twice", "list each goal once with all its targets");
  }

  @Test
  void referenceToAnInstitutionWithAnInvalidEntryIsNotReportedAsUnknown() {
    var f = ContentFixture.minimal(temp).replace(INSTITUTIONS, "kind: civil-society",
        "kind: ngo").replace(COMMITMENT, "lead_institution: cplt",
        "lead_institution: red-ciudadana");

    assertOnlyProblem(f.problems()).isError().isAt(display(INSTITUTIONS), 10, 11)
        .messageContains("'kind' must be one of", "got \"ngo\"");
  }

  @Test
  void referenceToACommitmentWithAnInvalidFileIsNotReportedAsUnknown() {
    var f = ContentFixture.minimal(temp).removeTopLevelKey(COMMITMENT, "title")
        .replace(MINUTE, "kind: ordinary\n", """
            kind: ordinary
            agreements:
              - text: Revisar el compromiso.
                commitments: [transparencia-municipal]
            """);

    assertOnlyProblem(f.problems()).isError().isAt(C_FILE, 1, 1)
        .messageContains("missing required field 'title'");
  }
}
