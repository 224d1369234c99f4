package org.acta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.testing.Cli.Run;
import org.acta.testing.Cli;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
  @TempDir Path tmp;

  static Run run(String... args) {
    return Cli.acta(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "validate", "check"})
  void everyCommandHasHelp(String command) {
    Run r = run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: acta " + command).contains("--help");
  }

  @Test
  void topLevelHelpListsCommands() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("build").contains("validate").contains("check");
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command");
  }

  @Test
  void badOptionValueIsAUsageError() {
    Run r = run("build", "--as-of", "2020-13-01");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--as-of");
  }

  @Test
  void validateExampleContentSucceedsAndWritesNothing() {
    Run r = run("validate", "--lang", "en", "--content", TestSites.EXAMPLE_CONTENT.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Content is valid");
  }

  @Test
  void validatePrintsEveryErrorWithFileLineColumnAndCaret() throws Exception {
    // The invalid fixture: "number: uno" in the plan, "date: 2019-02-30" in the minute.
    Path content = ContentFixture.copyOf("invalid", tmp).root();
    Run r = run("validate", "--lang", "en", "--content", content.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("plans/2019-2021/plan.yaml:1:9: error: 'number' must be a whole number")
        .contains("2019-03-05-sesion-de-prueba.md:3:7: error: 'date' is not a real calendar date")
        .contains("  3 | date: 2019-02-30\n    |       ^")
        .contains("2 errors");
    assertThat(tmp.resolve("site")).doesNotExist();
  }

  @Test
  void validateSpeaksGithubAnnotationsAndJson() throws Exception {
    Path content = ContentFixture.copyOf("base", tmp).root();
    Path plan = content.resolve("plans/2019-2021/plan.yaml");
    Files.writeString(plan, Files.readString(plan).replace("number: 1", "number: uno"));
    Run github = run("validate", "--lang", "en", "--content", content.toString(), "--format", "github");
    assertThat(github.code()).isEqualTo(1);
    assertThat(github.out()).contains("::error file=" + content.resolve("plans/2019-2021/plan.yaml")
        .toString().replace(":", "%3A") + ",line=1,col=9::'number' must be a whole number");
    Run json = run("validate", "--lang", "en", "--content", content.toString(), "--format", "json");
    assertThat(json.code()).isEqualTo(1);
    var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.out());
    assertThat(tree.get("errors").asInt()).isEqualTo(1);
    // The plan and forum rules run in the same round, so warnings may come first.
    var error = java.util.stream.StreamSupport.stream(tree.get("problems").spliterator(), false)
        .filter(p -> p.get("severity").asString().equals("error")).findFirst().orElseThrow();
    assertThat(error.get("line").asInt()).isEqualTo(1);
    assertThat(error.get("column").asInt()).isEqualTo(9);
    assertThat(run("validate", "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  void asOfAndTodayTogetherAreAUsageError() {
    Run r = run("build", "--content", ContentFixture.BASE.toString(), "--as-of",
        "2020-01-15", "--today", "2020-01-15");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--as-of and --today cannot be used together");
  }

  @Test
  void buildWritesTheSiteAndCheckFindsNoBrokenLinks() {
    Path out = tmp.resolve("site");
    Run r = run("build", "--content", ContentFixture.BASE.toString(), "--out",
        out.toString(), "--today", "2020-01-15", "--base-url", "https://example.test/x/");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Built").contains("as of 2020-01-15 (--today)");
    assertThat(out.resolve("index.html")).content()
        .contains("<link rel=\"canonical\" href=\"https://example.test/x/\">");
    Run check = run("check", "--out", out.toString(), "--base-path", "/x/");
    assertThat(check.code()).as(check.err()).isZero();
  }

  @Test
  void checkReportsABrokenLink() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve("index.html"), "<a href=\"missing/\">x</a><a href=\"#nope\">y</a>");
    Run r = run("check", "--lang", "en", "--out", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("missing/ (no such file)").contains("#nope (no element with id")
        .contains("2 broken links");
  }

  @Test
  void failedBuildSaysTheOutputWasNotChanged() {
    Run r = run("build", "--content", tmp.resolve("none").toString(), "--out",
        tmp.resolve("site").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("content folder does not exist").contains("was not changed");
  }
}
