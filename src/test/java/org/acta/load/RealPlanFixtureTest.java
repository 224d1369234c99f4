package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The real-plan fixture holds what its source holds (see its SOURCES.md), read as plain YAML
 * so that the check does not depend on the loader: every progress report, every agency, and
 * no value the source does not state. {@link RealPlanTest} loads it with Acta.
 */
class RealPlanFixtureTest {
  static final Path FIXTURE = ContentFixture.FIXTURES.resolve("real-plan/content");
  static final Pattern PARTIAL_MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

  @Test
  void everyProgressReportOfTheSourceIsThere() throws IOException {
    int milestones = 0;
    int updates = 0;
    int evidence = 0;
    int februaryWithoutItemisedEvidence = 0;
    Map<String, Integer> statuses = new HashMap<>();
    for (Map<String, Object> c : commitments()) {
      assertThat(c).containsKeys("title", "ogp_id", "description")
          .doesNotContainKeys("lead_institution", "lead_institutions", "start", "end",
              "problem", "solution", "ogp_values");
      for (Map<String, Object> m : list(c.get("milestones"))) {
        milestones++;
        // The source gives no milestone percentage and no milestone date at all.
        assertThat(m).containsKeys("id", "title", "responsible", "status")
            .doesNotContainKeys("progress", "start", "end", "deliverable");
        statuses.merge((String) m.get("status"), 1, Integer::sum);
        List<String> periods = new ArrayList<>();
        for (Map<String, Object> u : list(m.get("updates"))) {
          updates++;
          assertThat(String.valueOf(u.get("date"))).matches(PARTIAL_MONTH);
          periods.add((String) u.get("period"));
          List<Map<String, Object>> items = list(u.get("evidence"));
          evidence += items.size();
          assertThat(items).allSatisfy(e -> assertThat((String) e.get("url"))
              .matches("https?://[^\\s]+"));
          if ("February 2024".equals(u.get("period")) && items.isEmpty()) {
            februaryWithoutItemisedEvidence++;
          }
        }
        // Newest first, as the agreed schema reads them.
        assertThat(periods).containsExactly("February 2024", "August 2023");
      }
    }
    assertThat(commitments()).hasSize(36);
    assertThat(milestones).isEqualTo(70);
    assertThat(updates).isEqualTo(140);
    assertThat(evidence).isEqualTo(128);
    assertThat(februaryWithoutItemisedEvidence).isEqualTo(21);
    assertThat(statuses).containsExactlyInAnyOrderEntriesOf(
        Map.of("completed", 33, "in-progress", 36, "not-started", 1));
  }

  @Test
  void everyAgencyIsAnInstitutionAndEverySubAgencyHasItsAgency() throws IOException {
    Map<String, String> parents = new HashMap<>();
    for (Map<String, Object> i : list(read(FIXTURE.resolve("institutions.yaml"))
        .get("institutions"))) {
      assertThat(parents.containsKey((String) i.get("id"))).as("id %s twice", i.get("id"))
          .isFalse();
      assertThat(i).containsEntry("kind", "government").doesNotContainKeys("acronym", "url");
      parents.put((String) i.get("id"), (String) i.get("parent"));
    }
    assertThat(parents).hasSize(40);
    parents.values().stream().filter(p -> p != null)
        .forEach(p -> assertThat(parents).containsKey(p));
    assertThat(parents).containsEntry("tech-team", "office-of-science-and-technology-policy")
        .containsEntry("office-of-science-and-technology-policy",
            "executive-office-of-the-president")
        .containsEntry("executive-office-of-the-president", null);
    Set<String> severalAgencies = new HashSet<>();
    for (Map<String, Object> c : commitments()) {
      Set<String> responsible = new HashSet<>();
      for (Map<String, Object> m : list(c.get("milestones"))) {
        assertThat(parents).containsKey((String) m.get("responsible"));
        responsible.add((String) m.get("responsible"));
      }
      if (responsible.size() > 1) {
        severalAgencies.add((String) c.get("ogp_id"));
      }
    }
    assertThat(severalAgencies).hasSize(8).contains("US0113", "US0145");
  }

  @Test
  void meetingsKeepTheirFilesAndTheRegionalMeetingItsFourDays() throws IOException {
    List<Path> minutes;
    try (Stream<Path> walk = Files.walk(FIXTURE.resolve("minutes"))) {
      minutes = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(minutes).hasSize(16);
    int attachments = 0;
    for (Path minute : minutes) {
      String text = Files.readString(minute, StandardCharsets.UTF_8);
      Map<String, Object> front = new Yaml(new LoaderOptions()).load(text.split("---\n")[1]);
      assertThat(text).contains("\ndate: " + minute.getFileName().toString().substring(0, 10)
          + "\n");
      attachments += list(front.get("attachments")).size();
      assertThat(text).doesNotContain("<br>", "<iframe", "Mailing List");
    }
    assertThat(attachments).isEqualTo(67);
    Path meeting = FIXTURE.resolve("meetings/2024-12-03-ogp-americas-regional-meeting.yaml");
    assertThat(Files.readString(meeting, StandardCharsets.UTF_8))
        .contains("\ndate: 2024-12-03\nend_date: 2024-12-06\n");
    Map<String, Object> regional = read(meeting);
    // The schedule page does not say whether it is open to the public, nor its times.
    assertThat(regional).doesNotContainKeys("open_to_public", "start", "end");
  }

  private static List<Map<String, Object>> commitments() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURE.resolve("plans/2022-2024/commitments"))) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        out.add(read(p));
      }
      return out;
    }
  }

  private static Map<String, Object> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Yaml(new LoaderOptions()).load(r);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }
}
