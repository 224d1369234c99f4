package org.acta.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three ways `acta validate` prints problems: for people, for GitHub Actions, as JSON. */
class ReportFormatTest {
  private static Problems two() {
    Problems problems = new Problems();
    problems.error(new Position("content/plans/2019-2021/plan.yaml", 1, 9, "number: uno"),
        TestMessages.verbatim("'number' must be a whole number"));
    problems.warning(Position.ofFile("content/site.yaml"), TestMessages.verbatim("no contact, 100% sure:\nadd one"));
    return problems;
  }

  @Test
  void humanIsTheFormattedProblemsThenTheSummary() {
    assertThat(ReportFormat.HUMAN.format(two())).isEqualTo("""
        content/plans/2019-2021/plan.yaml:1:9: error: 'number' must be a whole number
          1 | number: uno
            |         ^
        content/site.yaml: warning: no contact, 100% sure:
        add one
        1 error, 1 warning
        """);
  }

  @Test
  void humanPrintsNothingWhenThereIsNothingToSay() {
    assertThat(ReportFormat.HUMAN.format(new Problems())).isEmpty();
    assertThat(ReportFormat.GITHUB.format(new Problems())).isEmpty();
  }

  @Test
  void githubAnnotationsEscapeWhatTheWorkflowCommandsRequire() {
    Problems problems = two();
    problems.error(new Position("C:\\x,y.yaml", 2, 0, ""), TestMessages.verbatim("bad"));
    assertThat(ReportFormat.GITHUB.format(problems)).isEqualTo("""
        ::error file=C%3A\\x%2Cy.yaml,line=2::bad
        ::error file=content/plans/2019-2021/plan.yaml,line=1,col=9::'number' must be a whole number
        ::warning file=content/site.yaml::no contact, 100%25 sure:%0Aadd one
        """);
  }

  @Test
  void jsonCountsAndListsEveryProblem() {
    JsonNode root = JsonMapper.builder().build().readTree(ReportFormat.JSON.format(two()));
    assertThat(root.get("errors").asInt()).isEqualTo(1);
    assertThat(root.get("warnings").asInt()).isEqualTo(1);
    JsonNode first = root.get("problems").get(0);
    assertThat(first.get("severity").asString()).isEqualTo("error");
    assertThat(first.get("file").asString()).isEqualTo("content/plans/2019-2021/plan.yaml");
    assertThat(first.get("line").asInt()).isEqualTo(1);
    assertThat(first.get("column").asInt()).isEqualTo(9);
    assertThat(first.get("message").asString()).isEqualTo("'number' must be a whole number");
    JsonNode second = root.get("problems").get(1);
    assertThat(second.get("severity").asString()).isEqualTo("warning");
    assertThat(second.get("line").asInt()).isZero();
    assertThat(second.get("message").asString()).isEqualTo("no contact, 100% sure:\nadd one");
  }
}
