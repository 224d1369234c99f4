package org.acta.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenDataTest {
  @TempDir static Path tmp;
  static Path site;
  static Schema schema;

  @BeforeAll
  static void build() throws Exception {
    site = tmp.resolve("site");
    TestSites.buildOk(ContentFixture.BASE, site);
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(site.resolve(OpenData.SCHEMA_PATH)), InputFormat.JSON);
  }

  static List<CSVRecord> csv(String path, List<String> header) throws Exception {
    try (Reader in = Files.newBufferedReader(site.resolve(path), StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
      assertThat(parser.getHeaderNames()).isEqualTo(header);
      return parser.getRecords();
    }
  }

  @Test
  void jsonValidatesAgainstThePublishedSchema() throws Exception {
    for (String path : List.of("data/acta.json", "plans/2019-2021/data/plan.json")) {
      var errors = schema.validate(Files.readString(site.resolve(path)), InputFormat.JSON);
      assertThat(errors).as(path).isEmpty();
    }
  }

  @Test
  void schemaRejectsDataThatBreaksIt() throws Exception {
    String json = Files.readString(site.resolve("data/acta.json"))
        .replace("\"status\" : \"implementation\"", "\"status\" : \"done\"");
    assertThat(schema.validate(json, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void commitmentsCsvRoundTripsWithTheJson() throws Exception {
    List<CSVRecord> rows = csv("data/commitments.csv", Columns.COMMITMENTS);
    JsonNode json = JsonMapper.builder().build()
        .readTree(Files.readString(site.resolve("data/acta.json")));
    List<JsonNode> commitments = new ArrayList<>();
    json.get("plans").forEach(p -> p.get("commitments").forEach(commitments::add));
    assertThat(rows).hasSameSizeAs(commitments).hasSize(1);
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      JsonNode c = commitments.get(i);
      assertThat(row.get("commitment_id")).isEqualTo(c.get("id").asString());
      assertThat(row.get("title")).isEqualTo(c.get("title").asString());
      assertThat(Integer.parseInt(row.get("progress"))).isEqualTo(c.get("progress").asInt());
      assertThat(row.get("status")).isEqualTo(c.get("status").asString());
      assertThat(row.get("completion_level")).isEqualTo(c.get("completion_level").asString());
      assertThat(row.get("sdgs")).isEqualTo("16;7");
      assertThat(row.get("partner_institutions")).isEqualTo("red-civil");
      assertThat(row.get("url")).isEqualTo(c.get("url").asString())
          .isEqualTo("https://example.test/ga/plans/2019-2021/commitments/datos-abiertos/");
    }
    CSVRecord r = rows.get(0);
    assertThat(r.get("progress")).isEqualTo("47");
    assertThat(r.get("status")).isEqualTo("delayed");
    assertThat(r.get("milestones")).isEqualTo("4");
    assertThat(r.get("milestones_overdue")).isEqualTo("1");
  }

  @Test
  void milestonesCsvHasOneRowPerMilestoneWithStableAnchors() throws Exception {
    List<CSVRecord> rows = csv("plans/2019-2021/data/milestones.csv", Columns.MILESTONES);
    assertThat(rows).extracting(r -> r.get("status"))
        .containsExactly("completed", "delayed", "cancelled", "not-started");
    assertThat(rows.get(1).get("overdue")).isEqualTo("true");
    assertThat(rows.get(0).get("evidence")).isEqualTo("2");
    assertThat(rows.get(3).get("url")).endsWith("/datos-abiertos/#milestone-4");
    String page = Files.readString(site.resolve(
        "plans/2019-2021/commitments/datos-abiertos/index.html"));
    assertThat(page).contains("id=\"milestone-4\"");
  }

  @Test
  void csvKeepsCommasQuotesAndAccents() throws Exception {
    String text = Files.readString(site.resolve("data/milestones.csv"), StandardCharsets.UTF_8);
    assertThat(text).contains("Evaluación").startsWith("plan_id,commitment_id,milestone,");
  }

  @Test
  void planArchiveHoldsDataSourcesAndEvidence() throws Exception {
    byte[] zip = Files.readAllBytes(site.resolve("plans/2019-2021/data/plan-2019-2021.zip"));
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        if (e.getName().endsWith("evidence/informe.txt")) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .isEqualTo(Files.readString(ContentFixture.BASE.resolve("evidence/informe.txt")));
        }
      }
    }
    assertThat(names).containsExactly(
        "plan-2019-2021/README.txt",
        "plan-2019-2021/commitments.csv",
        "plan-2019-2021/evidence/evidence/informe.txt",
        "plan-2019-2021/milestones.csv",
        "plan-2019-2021/plan.json",
        "plan-2019-2021/source/commitments/datos-abiertos.yaml",
        "plan-2019-2021/source/plan.yaml",
        "plan-2019-2021/updates.csv");
  }

  @Test
  void dataPageDocumentsEveryColumn() throws Exception {
    String page = Files.readString(site.resolve("data/index.html"));
    for (String column : Columns.COMMITMENTS) {
      assertThat(page).contains("<code>" + column + "</code>");
    }
  }
}
