package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.acta.paths.SitePaths;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The search index of the base fixture, plus one long minute, as the build writes it, read
 * back as the browser reads it ({@link IndexReader}): whole texts, agreements, people,
 * institutions and OGP ids found; every document pointing at a page that exists; files
 * identical from one build to the next.
 */
class SearchIndexTest {
  static final String LONG_MINUTE = "minutes/2019/2019-09-10-sesion-larga.md";
  static final String COMMITMENT = "plans/2019-2021/commitments/datos-abiertos.yaml";
  static final String PARAGRAPH =
      "## Tema **importante**\n\nUn   párrafo con `código` y [un enlace](https://x.test/)\n\n";
  @TempDir static Path tmp;
  static Path site;
  static IndexReader index;
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

        """ + PARAGRAPH.repeat(400) + "Al final se habló de la Zanahoria.\n")
        // Words that only a progress report has: one of the commitment, one of a milestone.
        .replace(COMMITMENT, "    progress: 10\n", """
                progress: 10
                updates:
                  - date: 2019-10-01
                    text: El portal quedó detenido por un problema del Hipocampo.
            """)
        .replace(COMMITMENT, "themes: [datos]\n", """
            themes: [datos]
            updates:
              - date: 2019-11-05
                period: segundo semestre
                text: La Mesa revisó el avance con la Golondrina del ministerio.
            """);
    site = tmp.resolve("site");
    TestSites.buildOk(content.root(), site);
    index = new IndexReader(site);
    documents = new ArrayList<>();
    IntStream.rangeClosed(1, index.meta.get("documents").asInt())
        .forEach(id -> documents.add(index.document(id)));
  }

  private static List<JsonNode> ofType(String type) {
    return documents.stream().filter(d -> d.get("type").asString().equals(type)).toList();
  }

  private static JsonNode titled(String title) {
    return documents.stream().filter(d -> d.get("title").asString().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no document titled " + title));
  }

  @Test
  void aWordAtTheEndOfALongMinuteIsFoundWithoutItsAccentsOrCase() {
    assertThat(titled("Sesión larga").get("text").asString()).hasSizeGreaterThan(20_000)
        .endsWith("Al final se habló de la Zanahoria.");
    assertThat(index.titles("zanahoria")).containsExactly("minute: Sesión larga");
    assertThat(index.titles("HABLO zanahoria")).containsExactly("minute: Sesión larga");
    assertThat(index.titles("sesion larga")).containsExactly("minute: Sesión larga");
  }

  @Test
  void agreementsPeopleInstitutionsAndOgpIdsAreFound() {
    String minute = "minute: Sesión con ${injection} y <script>alert(1)</script>";
    assertThat(index.titles("publicar el acta")).containsExactly(minute);
    assertThat(index.titles("Beto Dos")).containsExactly(minute);
    assertThat(index.titles("Carla Tres")).containsExactly("commitment: Datos abiertos de prueba");
    assertThat(index.titles("CL0001")).containsExactly("commitment: Datos abiertos de prueba");
    assertThat(index.titles("ministerio de pruebas")).contains("institution: Ministerio de Pruebas",
        "commitment: Datos abiertos de prueba");
    assertThat(index.titles("MINP")).contains("institution: Ministerio de Pruebas");
  }

  @Test
  void progressReportsOfCommitmentsAndMilestonesAreFound() {
    assertThat(index.titles("golondrina")).containsExactly(
        "commitment: Datos abiertos de prueba");
    assertThat(index.titles("hipocampo")).containsExactly("milestone: Hito cancelado");
  }

  @Test
  void theLastWordMatchesAsAPrefixAndPluralsAsTheirSingular() {
    assertThat(index.titles("zanah")).containsExactly("minute: Sesión larga");
    assertThat(index.titles("zanahorias")).containsExactly("minute: Sesión larga");
    assertThat(index.titles("zanah larga")).isEmpty();
    assertThat(index.titles("nada-parecido")).isEmpty();
  }

  @Test
  void documentsAreGroupedByTypeAndPlanAsTheMetaSays() {
    assertThat(ofType("minute")).hasSize(2);
    assertThat(ofType("commitment")).hasSize(1);
    assertThat(ofType("milestone")).extracting(d -> d.get("title").asString())
        .containsExactly("Hito completado", "Hito atrasado", "Hito cancelado", "Hito futuro");
    assertThat(ofType("institution")).hasSize(2);
    int next = 1;
    for (JsonNode g : index.meta.get("groups")) {
      assertThat(g.get("from").asInt()).isEqualTo(next);
      for (int id = g.get("from").asInt(); id <= g.get("to").asInt(); id++) {
        JsonNode d = documents.get(id - 1);
        assertThat(d.get("type").asString()).isEqualTo(g.get("type").asString());
        assertThat(d.path("plan").asString("")).isEqualTo(g.path("plan").asString(""));
      }
      next = g.get("to").asInt() + 1;
    }
    assertThat(next - 1).isEqualTo(documents.size());
    assertThat(ofType("minute")).allSatisfy(d -> assertThat(d.has("plan")).isFalse());
    assertThat(ofType("milestone")).allSatisfy(d ->
        assertThat(d.get("plan").asString()).isEqualTo("2019-2021"));
    assertThat(titled("Sesión larga").get("date").asString()).isEqualTo("2019-09-10");
  }

  @Test
  void everyDocumentPointsAtAPageOfTheSiteAndMilestonesAtTheirAnchor() throws Exception {
    for (JsonNode d : documents) {
      String url = d.get("url").asString();
      String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
      Path page = site.resolve(path).resolve("index.html");
      assertThat(page).as(url).isRegularFile();
      if (url.contains("#")) {
        String id = url.substring(url.indexOf('#') + 1);
        assertThat(Jsoup.parse(page.toFile(), "UTF-8").getElementById(id)).as(url).isNotNull();
      }
    }
  }

  @Test
  void textIsPlainOnOneLineAndStartsWithTheAgenda() {
    String text = titled("Sesión larga").get("text").asString();
    assertThat(text)
        .startsWith("Cuenta pública · Tema importante Un párrafo con código y un enlace");
    assertThat(text).doesNotContain("**", "##", "`", "](", "  ", "\n");
    assertThat(titled("Hito atrasado").get("text").asString())
        .isEqualTo("Portal en línea · Datos abiertos de prueba");
  }

  @Test
  void shardsHoldSortedTermsAndTheSameInputGivesTheSameFiles() throws Exception {
    List<String> firsts = new ArrayList<>(index.shardSizes().keySet());
    assertThat(firsts).isSorted().doesNotHaveDuplicates();
    Path again = tmp.resolve("again");
    TestSites.buildOk(tmp.resolve("content"), again);
    Path folder = site.resolve(SitePaths.SEARCH_INDEX_FOLDER);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(again.resolve(site.relativize(f))).as(f.toString())
            .hasSameBinaryContentAs(f);
      }
    }
  }
}
