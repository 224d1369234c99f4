package org.acta.testing;

import static org.acta.testing.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.acta.diagnostics.Problem;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture sites are what src/test/resources/fixtures/README.md says they are, so a test
 * that starts from one can rely on it: the base and i18n sites build, the invalid one has
 * exactly its two errors.
 */
class FixturesTest {
  static final String MINUTE = "minutes/2019/2019-03-05-sesion-de-prueba";
  @TempDir Path tmp;

  @Test
  void baseBuildsWithoutErrors() {
    BuildResult result = TestSites.build(ContentFixture.BASE, tmp.resolve("site"));
    assertThat(result.ok()).as(ProblemFormatter.format(result.problems().all())).isTrue();
    assertThat(tmp.resolve("site/" + MINUTE + "/index.html")).isRegularFile();
    assertThat(ContentFixture.copyOf("base", tmp).root()).isEqualTo(tmp.resolve("content"));
  }

  @Test
  void i18nBuildsASecondLanguageWithTheTranslatedMinute() throws Exception {
    Path content = ContentFixture.copyOf("i18n", tmp).root();
    BuildResult result = TestSites.build(content, tmp.resolve("site"));
    assertThat(result.ok()).as(ProblemFormatter.format(result.problems().all())).isTrue();
    Path english = tmp.resolve("site/en/" + MINUTE + "/index.html");
    assertThat(Jsoup.parse(english.toFile(), "UTF-8").selectFirst("h1").text())
        .isEqualTo("Test session");
    assertThat(Jsoup.parse(tmp.resolve("site/" + MINUTE + "/index.html").toFile(), "UTF-8")
        .selectFirst("h1").text()).startsWith("Sesión con");
  }

  @Test
  void invalidHasExactlyItsTwoErrors() {
    List<Problem> errors = ContentFixture.copyOf("invalid", tmp).check().errors();
    assertThat(errors).hasSize(2);
    assertThatProblem(errors.get(0)).isError()
        .isAt("content/minutes/2019/2019-03-05-sesion-de-prueba.md", 3, 7)
        .messageContains("not a real calendar date");
    assertThatProblem(errors.get(1)).isError().isAt("content/plans/2019-2021/plan.yaml", 1, 9)
        .messageContains("whole number");
  }
}
