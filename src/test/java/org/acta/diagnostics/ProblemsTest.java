package org.acta.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Problems: every problem of a build, counted, in a stable order, safe to add from threads. */
class ProblemsTest {
  private static Position at(String file, int line, int column) {
    return new Position(file, line, column, "");
  }

  @Test
  void problemsComeOutByFileLineColumnThenMessage() {
    Problems problems = new Problems();
    problems.error(at("content/site.yaml", 3, 1), TestMessages.verbatim("b"));
    problems.warning(at("content/plans/p/plan.yaml", 9, 9), TestMessages.verbatim("z"));
    problems.error(at("content/site.yaml", 3, 1), TestMessages.verbatim("a"));
    problems.error(at("content/site.yaml", 2, 7), TestMessages.verbatim("c"));
    problems.warning(Position.ofFile("content/site.yaml"), TestMessages.verbatim("d"));
    assertThat(problems.all()).extracting(p -> p.position() + " " + p.message()).containsExactly(
        "content/plans/p/plan.yaml:9:9 z",
        "content/site.yaml d",
        "content/site.yaml:2:7 c",
        "content/site.yaml:3:1 a",
        "content/site.yaml:3:1 b");
  }

  @Test
  void anErrorReportedOnceStaysOneHoweverOftenItHappens() {
    Problems problems = new Problems();
    for (int i = 0; i < 3; i++) {
      problems.errorOnce(Position.ofFile("content/minutes/2019/x.md"),
          TestMessages.verbatim("changed"));
    }
    problems.errorOnce(Position.ofFile("content/minutes/2019/y.md"),
        TestMessages.verbatim("changed"));

    assertThat(problems.all()).extracting(p -> p.position() + " " + p.message())
        .containsExactly("content/minutes/2019/x.md changed", "content/minutes/2019/y.md changed");
    assertThat(problems.errorCount()).isEqualTo(2);
  }

  @Test
  void countsErrorsAndWarningsApart() {
    Problems problems = new Problems();
    assertThat(problems.hasErrors()).isFalse();
    problems.warning(at("a", 1, 1), TestMessages.verbatim("w"));
    assertThat(problems.hasErrors()).isFalse();
    problems.error(at("a", 2, 1), TestMessages.verbatim("e1"));
    problems.error(at("a", 3, 1), TestMessages.verbatim("e2"));
    assertThat(problems.hasErrors()).isTrue();
    assertThat(problems.errorCount()).isEqualTo(2);
    assertThat(problems.warningCount()).isEqualTo(1);
    assertThat(problems.all()).extracting(Problem::severity)
        .containsExactly(Severity.WARNING, Severity.ERROR, Severity.ERROR);
  }

  @Test
  void addAllTakesTheOtherProblemsAndLeavesThemThere() {
    Problems page = new Problems();
    page.error(at("b", 1, 1), TestMessages.verbatim("from a page"));
    Problems build = new Problems();
    build.warning(at("a", 1, 1), TestMessages.verbatim("from the build"));
    build.addAll(page);
    assertThat(build.all()).extracting(Problem::message)
        .containsExactly("from the build", "from a page");
    assertThat(page.all()).hasSize(1);
  }

  @Test
  void allIsACopy() {
    Problems problems = new Problems();
    problems.error(at("a", 1, 1), TestMessages.verbatim("e"));
    List<Problem> seen = problems.all();
    problems.error(at("a", 2, 1), TestMessages.verbatim("f"));
    assertThat(seen).hasSize(1);
  }

  @Test
  void problemsAddedFromManyThreadsAreAllKept() throws Exception {
    Problems problems = new Problems();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        tasks.add(pool.submit(() -> {
          for (int i = 1; i <= 500; i++) {
            problems.error(at("page-" + thread, i, 1), TestMessages.verbatim("e"));
          }
        }));
      }
      for (Future<?> task : tasks) {
        task.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(problems.all()).hasSize(2000);
    assertThat(problems.errorCount()).isEqualTo(2000);
  }

  @Test
  void aProblemIsAnErrorOnlyWhenItsSeverityIs() {
    assertThat(new Problem(Severity.ERROR, at("a", 1, 1), TestMessages.verbatim("m")).isError()).isTrue();
    assertThat(new Problem(Severity.WARNING, at("a", 1, 1), TestMessages.verbatim("m")).isError()).isFalse();
    assertThat(Severity.ERROR.label()).isEqualTo("error");
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
  }
}
