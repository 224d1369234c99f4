package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.acta.paths.SitePaths;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search index of the base fixture, plus one long minute, as the build writes it, read
 * back with Jackson: one document per minute, commitment and milestone, each pointing at a
 * page that exists, its text plain and bounded.
 */
class SearchIndexTest {
  static final String LONG_MINUTE = "minutes/2019/2019-09-10-sesion-larga.md";
  static final String PARAGRAPH =
      "## Tema **importante**\n\nUn   párrafo con `código` y [un enlace](https://x.test/)\n\n";
  @TempDir static Path tmp;
  static Path site;
  static List<JsonNode> documents;

  @BeforeAll
  static void build() throws Exception {
    ContentFixture content = ContentFixture.copyOf("base", tmp).write(LONG_MINUTE, """
        ---
        title: Sesión larga
        date: 2019-09-10
        kind: ordinary
        open_to_public: true
        agenda:
          - Cuenta pública
        ---

        """ + PARAGRAPH.repeat(40));
    site = tmp.resolve("site");
    TestSites.buildOk(content.root(), site);
    JsonNode root = JsonMapper.builder().build()
        .readTree(Files.readString(site.resolve(SitePaths.SEARCH_INDEX)));
    documents = new ArrayList<>();
    root.get("documents").forEach(documents::add);
  }

  private static List<JsonNode> ofType(String type) {
    return documents.stream().filter(d -> d.get("type").asString().equals(type)).toList();
  }

  private static JsonNode titled(String title) {
    return documents.stream().filter(d -> d.get("title").asString().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no document titled " + title));
  }

  @Test
  void oneDocumentPerMinuteCommitmentAndMilestoneNumberedInOrder() {
    assertThat(ofType("minute")).hasSize(2);
    assertThat(ofType("commitment")).hasSize(1);
    assertThat(ofType("milestone")).extracting(d -> d.get("title").asString())
        .containsExactly("Hito completado", "Hito atrasado", "Hito cancelado", "Hito futuro");
    assertThat(documents).extracting(d -> d.get("id").asInt())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, documents.size()).boxed().toList());
  }

  @Test
  void everyDocumentPointsAtAPageOfTheSiteAndMilestonesAtTheirAnchor() throws Exception {
    for (JsonNode d : documents) {
      String url = d.get("url").asString();
      String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
      Path page = site.resolve(path.replaceFirst("^/", "")).resolve("index.html");
      assertThat(page).as(url).isRegularFile();
      if (url.contains("#")) {
        String id = url.substring(url.indexOf('#') + 1);
        assertThat(Jsoup.parse(page.toFile(), "UTF-8").getElementById(id)).as(url).isNotNull();
      }
    }
  }

  @Test
  void commitmentsAndMilestonesNameTheirPlanAndMinutesDoNot() {
    assertThat(ofType("commitment")).allSatisfy(d ->
        assertThat(d.get("plan").asString()).isEqualTo("2019-2021"));
    assertThat(ofType("milestone")).allSatisfy(d ->
        assertThat(d.get("plan").asString()).isEqualTo("2019-2021"));
    assertThat(ofType("minute")).allSatisfy(d -> assertThat(d.has("plan")).isFalse());
    assertThat(titled("Sesión larga").get("date").asString()).isEqualTo("2019-09-10");
  }

  @Test
  void textIsPlainOnOneLineAndStartsWithTheAgenda() {
    String text = titled("Sesión larga").get("text").asString();
    assertThat(text)
        .startsWith("Cuenta pública Tema importante Un párrafo con código y un enlace");
    assertThat(text).doesNotContain("**", "##", "`", "](", "  ", "\n");
    assertThat(titled("Hito atrasado").get("text").asString())
        .isEqualTo("Portal en línea · Datos abiertos de prueba");
  }

  @Test
  void aLongDocumentKeepsOnlyTheStartOfItsText() {
    assertThat(titled("Sesión larga").get("text").asString()).hasSize(1000);
    assertThat(documents).allSatisfy(d -> assertThat(d.get("text").asString().length())
        .isLessThanOrEqualTo(1000));
  }
}
