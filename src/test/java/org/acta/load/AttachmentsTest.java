package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipFile;
import org.acta.diagnostics.Problem;
import org.acta.testing.Cli;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments on minutes, meetings and plans (issue 17.5): published like evidence. */
class AttachmentsTest {
  @TempDir Path tmp;

  private static final String SLIDES = "attachments/2018/2018-05-08-presentacion.pdf";
  private static final byte[] SLIDES_BYTES = "%PDF-1.4 presentación\n".getBytes(
      StandardCharsets.UTF_8);

  private static final String MINUTE = """
      ---
      title: Primera sesión de la Mesa
      date: 2018-05-08
      kind: ordinary
      open_to_public: false
      attachments:
        - title: Presentación de la Secretaría
          title_en: Secretariat's slides
          file: %s
          kind: presentación
          date: 2018-05-08
        - title: Grabación de la sesión
          url: https://video.example.org/sesion-1
          kind: grabación
      ---

      Se revisan los desafíos (ver la [presentación](#sec-attachments)).
      """.formatted(SLIDES);

  private ContentFixture content() {
    return ContentFixture.minimal(tmp)
        .write(ContentFixture.SITE, ContentFixture.SITE_YAML + "languages: [es, en]\n")
        .writeBytes(SLIDES, SLIDES_BYTES)
        .write(ContentFixture.MINUTE, MINUTE)
        .write("meetings/2030-01-10-taller.yaml", """
            title: Taller
            date: 2030-01-10
            kind: ordinary
            open_to_public: true
            attachments:
              - title: Convocatoria
                file: %s
            """.formatted(SLIDES))
        .write(ContentFixture.PLAN, ContentFixture.PLAN_YAML + """
            attachments:
              - title: Plan aprobado
                file: %s
                kind: documento
            """.formatted(SLIDES));
  }

  @Test
  void attachedFilesArePublishedListedArchivedAndPassCheck() throws Exception {
    ContentFixture content = content();
    Path out = tmp.resolve("site");
    var result = TestSites.build(content.root(), out, java.time.LocalDate.of(2020, 1, 15));
    assertThat(result.ok()).as("%s", result.problems().all()).isTrue();

    assertThat(out.resolve(SLIDES)).hasBinaryContent(SLIDES_BYTES);
    String sha = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(SLIDES_BYTES));

    Document minute = Jsoup.parse(Files.readString(
        out.resolve("minutes/2018/2018-05-08-primera-sesion/index.html")));
    var items = minute.select("#sec-attachments + ul.attachments > li");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).select("a").attr("href")).isEqualTo("../../../" + SLIDES);
    assertThat(items.get(0).text()).contains("Presentación de la Secretaría", "(presentación)",
        "8 de mayo de 2018", SLIDES_BYTES.length + " B", sha);
    assertThat(items.get(1).select("a").attr("href"))
        .isEqualTo("https://video.example.org/sesion-1");
    Document english = Jsoup.parse(Files.readString(
        out.resolve("en/minutes/2018/2018-05-08-primera-sesion/index.html")));
    assertThat(english.select("ul.attachments a").first().text())
        .isEqualTo("Secretariat's slides");
    assertThat(english.select("ul.attachments a").first().attr("href"))
        .isEqualTo("../../../../" + SLIDES);

    Document meetings = Jsoup.parse(Files.readString(out.resolve("meetings/index.html")));
    assertThat(meetings.select("#2030-01-10-taller ul.attachments a").text())
        .isEqualTo("Convocatoria");
    Document plan = Jsoup.parse(Files.readString(out.resolve("plans/2018-2020/index.html")));
    assertThat(plan.select("#sec-attachments + ul.attachments").text())
        .contains("Plan aprobado", "(documento)", sha);

    JsonNode json = new ObjectMapper().readTree(
        out.resolve("plans/2018-2020/data/plan.json").toFile());
    JsonNode attachment = json.at("/plans/0/attachments/0");
    assertThat(attachment.get("title").asText()).isEqualTo("Plan aprobado");
    assertThat(attachment.get("path").asText()).isEqualTo(SLIDES);
    assertThat(attachment.get("sha256").asText()).isEqualTo(sha);
    assertThat(attachment.get("size").asLong()).isEqualTo(SLIDES_BYTES.length);
    try (ZipFile zip = new ZipFile(out.resolve(
        "plans/2018-2020/data/plan-2018-2020.zip").toFile())) {
      var entry = zip.getEntry("plan-2018-2020/attachments/" + SLIDES);
      assertThat(entry).isNotNull();
      assertThat(zip.getInputStream(entry).readAllBytes()).isEqualTo(SLIDES_BYTES);
    }

    // the minute's text links to its attachments, and the list to the file: no broken link
    Cli.Run check = Cli.acta("check", "--out", out.toString());
    assertThat(check.code()).as(check.all()).isZero();
  }

  @Test
  void aMissingFileIsAnErrorAtItsLine() {
    var checked = content().delete(SLIDES).check();
    assertThat(checked.errors()).extracting(Problem::message).anySatisfy(m ->
        assertThat(m).contains("attachment file '" + SLIDES + "' does not exist"));
    assertThat(checked.errors()).filteredOn(p -> p.position().file().endsWith(".md"))
        .extracting(p -> p.position().line()).containsExactly(9);
  }

  @Test
  void fileAndUrlBothOrNeitherAndUnsafeAddressesAreErrors() {
    var checked = ContentFixture.minimal(tmp).write(ContentFixture.MINUTE, """
        ---
        title: Primera sesión de la Mesa
        date: 2018-05-08
        kind: ordinary
        open_to_public: false
        attachments:
          - title: Las dos
            file: a.pdf
            url: https://example.org/a.pdf
          - title: Ninguna
          - title: Script
            url: javascript:alert(1)
          - title: Fuera
            file: ../site.yaml
        ---
        """).check();
    assertThat(checked.errors()).extracting(Problem::message).anySatisfy(m ->
        assertThat(m).contains("exactly one of 'file'")).anySatisfy(m ->
        assertThat(m).contains("must be a full web address")).anySatisfy(m ->
        assertThat(m).contains("'file' must be a relative path inside the content folder"));
    assertThat(checked.errors()).filteredOn(p -> p.message().contains("exactly one"))
        .hasSize(2);
  }
}
