package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.helpers.DefaultHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * A build of hostile but allowed content (formula-like titles, markup and quotes, astral
 * characters, right-to-left text with bidirectional controls in a multi-line text) stays
 * well-formed in every output format: every file of the site, and of every zip in it, is
 * read back with a strict parser for its format, and no text cell of a CSV can start a formula.
 */
class HostileOutputTest {
  @TempDir static Path tmp;
  static Map<String, byte[]> files;

  private static final String COMMITMENT = "plans/2019-2021/commitments/datos-abiertos.yaml";

  @BeforeAll
  static void build() throws Exception {
    files = TestSites.snapshot(hostileSite(tmp));
  }

  /** Builds the hostile content into {@code dir}/site; HostileHtmlIT checks its pages too. */
  static Path hostileSite(Path dir) throws IOException {
    Path content = dir.resolve("content");
    TestSites.copyTree(ContentFixture.BASE, content);
    replace(content.resolve(COMMITMENT), "title: Datos abiertos de prueba",
        "title: \"=HYPERLINK(\\\"http://evil.test\\\",\\\"x\\\") & <b>'\\\"\\U0001F600\"");
    replace(content.resolve(COMMITMENT), "title: Hito completado", "title: \"-2+3\"");
    replace(content.resolve(COMMITMENT), "title: Hito atrasado", "title: \"@SUM(A1)\"");
    replace(content.resolve(COMMITMENT), "deliverable: Portal en línea",
        "deliverable: \"\\tcmd|' /C calc'!A0\"");
    replace(content.resolve(COMMITMENT), "title: Hito cancelado", "title: \"+1\"");
    replace(content.resolve(COMMITMENT), "description: Publicar datos.",
        "description: |\n  نشر \u202bالبيانات المفتوحة\u202c على البوابة.\n  \u2067سطر\u2069 ثان.");
    replace(content.resolve("minutes/2019/2019-03-05-sesion-de-prueba.md"),
        "title: \"Sesión con", "title: \"]]> --> \\U0001F600 Sesión con");
    Path site = dir.resolve("site");
    TestSites.buildOk(content, site);
    return site;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void everyFileParsesStrictlyForItsFormat() throws Exception {
    Map<String, byte[]> all = new TreeMap<>(files);
    for (var e : files.entrySet()) {
      if (e.getKey().endsWith(".zip")) {
        unzip(e.getKey(), e.getValue(), all);
      }
    }
    List<String> checked = new ArrayList<>();
    for (var e : all.entrySet()) {
      String path = e.getKey();
      byte[] bytes = e.getValue();
      if (path.matches(".*\\.(html|xml|json|csv|ics|txt|js|css|svg)$")) {
        assertCleanUtf8(path, bytes);
      }
      if (path.endsWith(".xml") || path.endsWith(".svg")) {
        strictXml().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
      } else if (path.endsWith(".json")) {
        JsonMapper.builder().build().readTree(bytes);
      } else if (path.endsWith(".csv")) {
        csv(bytes);
      } else if (path.endsWith(".ics")) {
        new CalendarBuilder().build(new ByteArrayInputStream(bytes));
      } else {
        continue;
      }
      checked.add(path);
    }
    assertThat(checked).anyMatch(p -> p.endsWith("feed.xml")).anyMatch(p -> p.endsWith(".ics"))
        .anyMatch(p -> p.endsWith("sitemap.xml")).anyMatch(p -> p.endsWith(".json"))
        .anyMatch(p -> p.contains(".zip!/") && p.endsWith(".csv"));
  }

  @Test
  void noTextCellOfAnyCsvCanStartAFormula() throws Exception {
    Map<String, byte[]> all = new TreeMap<>(files);
    files.forEach((path, bytes) -> {
      if (path.endsWith(".zip")) {
        unzip(path, bytes, all);
      }
    });
    List<String> titles = new ArrayList<>();
    for (var e : all.entrySet()) {
      if (!e.getKey().endsWith(".csv")) {
        continue;
      }
      for (CSVRecord row : csv(e.getValue())) {
        for (String cell : row) {
          assertThat(cell).as(e.getKey()).doesNotMatch("(?s)^[=+\\-@\\t\\r].*");
        }
        titles.add(row.get("title"));
      }
    }
    assertThat(titles).contains("'=HYPERLINK(\"http://evil.test\",\"x\") & <b>'\"\uD83D\uDE00",
        "'-2+3", "'@SUM(A1)", "'+1");
  }

  /** Numbers are written as numbers: the neutralising quote is for text cells only. */
  @Test
  void numericColumnsAreNotQuoted() throws Exception {
    for (CSVRecord row : csv(files.get("data/milestones.csv"))) {
      assertThat(row.get("progress")).matches("-?[0-9]+");
      assertThat(row.get("milestone")).matches("[0-9]+");
    }
  }

  private static List<CSVRecord> csv(byte[] bytes) throws IOException {
    try (var parser = CSVFormat.RFC4180.builder().setHeader().get()
        .parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      return parser.getRecords();
    }
  }

  private static javax.xml.parsers.SAXParser strictXml() throws Exception {
    var factory = javax.xml.parsers.SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newSAXParser();
  }

  /** Valid UTF-8 with no character HTML or XML forbids (controls, noncharacters). */
  private static void assertCleanUtf8(String path, byte[] bytes) throws CharacterCodingException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    text.codePoints().forEach(c -> assertThat((c < 0x20 && c != '\t' && c != '\n'
        && c != '\r') || (c >= 0x7f && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef)
        || (c & 0xfffe) == 0xfffe).as("%s holds U+%04X", path, c).isFalse());
  }

  private static void unzip(String zipPath, byte[] zip, Map<String, byte[]> into) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        into.put(zipPath + "!/" + e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new AssertionError(zipPath + " is not a readable zip", e);
    }
  }

}
