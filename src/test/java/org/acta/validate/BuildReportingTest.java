package org.acta.validate;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.INSTITUTIONS;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.PLAN;
import static org.acta.testing.ContentFixture.SITE;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.acta.diagnostics.Problem;
import org.acta.pipeline.BuildResult;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build reports every problem of every file in one run, in a stable order. */
class BuildReportingTest {
  @TempDir
  Path temp;

  /** One error in each of five files. */
  private ContentFixture fiveBrokenFiles() {
    return ContentFixture.minimal(temp)
        .replace(SITE, "country: Chile", "country: [Chile]")
        .replace(INSTITUTIONS, "kind: civil-society", "kind: ngo")
        .replace(MINUTE, "kind: ordinary", "kind: regular")
        .replace(PLAN, "status: closed", "status: done")
        .replace(COMMITMENT, "lead_institution: cplt", "lead_institution: nadie");
  }

  private static List<String> positions(List<Problem> problems) {
    return problems.stream().map(p -> p.position().file() + ":" + p.position().line() + ":"
        + p.position().column()).toList();
  }

  @Test
  void errorsInDifferentFilesAreAllReportedInOneRunSortedByFileAndLine() {
    ContentFixture f = fiveBrokenFiles();

    BuildResult result = f.build();

    assertThat(result.ok()).isFalse();
    assertThat(result.pages()).as("nothing is rendered when there are errors").isZero();
    assertThat(positions(result.problems().all())).containsExactly(
        f.buildDisplay(INSTITUTIONS) + ":10:11",
        f.buildDisplay(MINUTE) + ":4:7",
        f.buildDisplay(COMMITMENT) + ":2:19",
        f.buildDisplay(PLAN) + ":5:9",
        f.buildDisplay(SITE) + ":2:10");
    assertThat(result.problems().all()).allMatch(Problem::isError);
    assertThat(result.problems().all()).extracting(Problem::message).containsExactly(
        "'kind' must be one of government, civil-society, academia, "
            + "international-organisation, private-sector; got \"ngo\".",
        "'kind' must be one of ordinary, extraordinary; got \"regular\". A site declares its "
            + "other kinds of meeting under 'meeting_kinds' in site.yaml.",
        "unknown institution 'nadie'; it must be an id defined in content/institutions.yaml.",
        "'status' must be one of co-creation, implementation, closed; got \"done\".",
        "'country' must be a text; found a list.");
  }

  @Test
  void theOrderIsTheSameOnEveryRun() {
    ContentFixture f = fiveBrokenFiles();

    List<Problem> first = f.build().problems().all();
    List<Problem> second = f.build().problems().all();
    List<Problem> third = f.check().problems();

    assertThat(second).isEqualTo(first);
    assertThat(positions(third)).containsExactlyElementsOf(positions(first).stream()
        .map(s -> s.replace(f.root().toAbsolutePath().normalize().toString(), "content"))
        .toList());
  }

  @Test
  void severalErrorsInOneFileAreSortedByLineThenColumn() {
    var f = ContentFixture.minimal(temp).write(COMMITMENT, ContentFixture.COMMITMENT_YAML
        .replace("    progress: 100", "    progress: 150")
        .replace("lead_institution: cplt", "lead_institution: Nadie")
        .replace("    status: completed", "    status: no"));

    var problems = f.problems();

    assertThat(positions(problems)).containsExactly(
        ContentFixture.display(COMMITMENT) + ":2:19",
        ContentFixture.display(COMMITMENT) + ":15:13",
        ContentFixture.display(COMMITMENT) + ":16:15");
  }

  @Test
  void warningsDoNotMakeTheBuildFail() {
    // The completed milestone says when (or it would also be shown completed in 2021).
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "    end: 2019-03-31", "    end: 2021-03-31")
        .replace(COMMITMENT, "    status: completed", "    status: completed\n"
            + "    actual_end: 2019-03-31");

    BuildResult result = f.build();

    assertOnlyProblem(result.problems().all()).isWarning()
        .isAt(f.buildDisplay(COMMITMENT), 14, 10)
        .messageContains("this milestone ends (2021-03-31) after its commitment (2020-08-31)");
    assertThat(result.ok()).isTrue();
    assertThat(result.problems().hasErrors()).isFalse();
    assertThat(result.problems().warningCount()).isEqualTo(1);
    assertThat(result.pages()).as("the site is still rendered").isPositive();
  }

  @Test
  void oneErrorMakesTheBuildFail() {
    var f = ContentFixture.minimal(temp).replace(PLAN, "number: 4", "number: 4.5");

    BuildResult result = f.build();

    assertOnlyProblem(result.problems().all()).isError().isAt(f.buildDisplay(PLAN), 1, 9);
    assertThat(result.ok()).isFalse();
    assertThat(result.pages()).isZero();
  }

  @Test
  void missingContentFolderIsOneClearError() {
    BuildResult result = new org.acta.pipeline.SiteBuilder(new org.acta.pipeline.BuildOptions(
        temp.resolve("nada"), null, null, null, TestDates.TODAY)).run();

    assertThat(result.ok()).isFalse();
    assertThat(result.problems().all()).singleElement().satisfies(p -> {
      assertThat(p.position().line()).isZero();
      assertThat(p.message()).contains("the content folder does not exist", "--content");
    });
  }
}
