package org.acta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.acta.testing.Cli;
import org.acta.testing.Cli.Run;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors and warnings in the editor's language: the site's main language by default, --lang
 * to choose; the same file:line:column in every language and format, and a stable code in JSON.
 * (The test run sets ACTA_LANG=en, as a CI job may, so every other test reads English.)
 */
class DiagnosticsLanguageTest {
  @TempDir Path tmp;

  /** The invalid fixture: "number: uno" in the plan, "date: 2019-02-30" in the minute. */
  private Path invalid() {
    return ContentFixture.copyOf("invalid", tmp).root();
  }

  @Test
  void theDefaultIsTheSitesMainLanguageAsTheBuildReadsIt() throws Exception {
    Path site = tmp.resolve("site.yaml");
    Files.writeString(site, "title: x\n");
    assertThat(EditorLanguage.siteLanguage(tmp)).as("none stated: Spanish").isEqualTo("es");
    Files.writeString(site, "title: x\nlanguage: en\n");
    assertThat(EditorLanguage.siteLanguage(tmp)).isEqualTo("en");
    Files.writeString(site, "languages: [en, es]\nlanguage: es\n");
    assertThat(EditorLanguage.siteLanguage(tmp)).as("the first of languages").isEqualTo("en");
    Files.writeString(site, "languages:\n  - es\n  - en\n");
    assertThat(EditorLanguage.siteLanguage(tmp)).isEqualTo("es");
    assertThat(EditorLanguage.siteLanguage(tmp.resolve("none"))).as("no site").isEqualTo("en");
  }

  @Test
  void spanishMessagesKeepTheSamePositions() {
    Run r = Cli.acta("validate", "--lang", "es", "--content", invalid().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("plans/2019-2021/plan.yaml:1:9: error: 'number' debe ser un número entero")
        .contains("2019-03-05-sesion-de-prueba.md:3:7: error: 'date' no es una fecha real")
        .contains("  3 | date: 2019-02-30\n    |       ^")
        .contains("2 errores")
        .doesNotContain("must be");
  }

  @Test
  void langChoosesEnglish() {
    Run r = Cli.acta("validate", "--lang", "en", "--content", invalid().toString());
    assertThat(r.err())
        .contains("plans/2019-2021/plan.yaml:1:9: error: 'number' must be a whole number")
        .contains("2 errors");
  }

  @Test
  void githubAndJsonAreLocalizedButKeepPositionsAndCodes() throws Exception {
    Path content = invalid();
    Run github = Cli.acta("validate", "--content", content.toString(), "--format", "github",
        "--lang", "es");
    assertThat(github.out()).contains(",line=1,col=9::'number' debe ser un número entero");
    JsonNode es = json(Cli.acta("validate", "--content", content.toString(), "--format",
        "json", "--lang", "es"));
    JsonNode en = json(Cli.acta("validate", "--content", content.toString(), "--format",
        "json", "--lang", "en"));
    assertThat(es.get("language").asString()).isEqualTo("es");
    JsonNode number = error(es, "plan.yaml");
    JsonNode numberEn = error(en, "plan.yaml");
    assertThat(number.get("code").asString()).isEqualTo("fields.must-be-whole-number")
        .isEqualTo(numberEn.get("code").asString());
    assertThat(number.get("line").asInt()).isEqualTo(1);
    assertThat(number.get("column").asInt()).isEqualTo(9);
    assertThat(number.get("message").asString()).startsWith("'number' debe ser");
    assertThat(numberEn.get("message").asString()).startsWith("'number' must be");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    Run r = Cli.acta("validate", "--lang", "fr", "--content", invalid().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--lang must be es or en");
  }

  @Test
  void checkSpeaksTheLanguageToo() {
    Run r = Cli.acta("check", "--lang", "es", "--out", tmp.resolve("nothing").toString());
    assertThat(r.err()).contains("no existe esa carpeta");
  }

  private static JsonNode json(Run r) {
    return JsonMapper.builder().build().readTree(r.out());
  }

  private static JsonNode error(JsonNode root, String fileEnd) {
    return StreamSupport.stream(root.get("problems").spliterator(), false)
        .filter(p -> p.get("file").asString().endsWith(fileEnd)
            && p.get("severity").asString().equals("error"))
        .findFirst().orElseThrow();
  }
}
