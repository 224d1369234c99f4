package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.model.MeetingKind;
import org.acta.model.Minute;
import org.acta.paths.SitePaths;
import org.acta.pipeline.BuildResult;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meetings that are not forum-shaped (issue 17, point 6): the site's own kinds of meeting
 * (meeting_kinds), multi-day events (end_date), openness not stated, times with their zone.
 */
class SessionShapesTest {
  static final String KINDS_SITE = """
      title: Open Government
      language: en
      country: United States
      time_zone: America/New_York
      forum:
        name: Open Government Secretariat
      quality:
        open_meetings_per_year: 0
      meeting_kinds:
        public-meeting: Public meeting
        regional-meeting: Regional meeting
      """;

  @TempDir Path tmp;

  @Test
  void withoutMeetingKindsAnUnknownKindNamesOrdinaryAndExtraordinary() {
    var checked = ContentFixture.minimal(tmp)
        .replace(ContentFixture.MINUTE, "kind: ordinary", "kind: ordinay").check();

    assertThat(checked.errors()).singleElement().satisfies(p -> {
      assertThat(p.position().line()).isEqualTo(4);
      assertThat(p.message()).contains(
          "'kind' must be one of ordinary, extraordinary; got \"ordinay\" (did you mean "
              + "'ordinary'?).", "meeting_kinds");
    });
  }

  @Test
  void siteKindsReplaceTheDefaultsAndCarryTheirLabel() {
    var f = ContentFixture.minimal(tmp).write(ContentFixture.SITE, KINDS_SITE)
        .replace(ContentFixture.MINUTE, "kind: ordinary", "kind: public-meeting");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    MeetingKind kind = checked.loaded().minutes().get(0).kind();
    assertThat(kind.id()).isEqualTo("public-meeting");
    assertThat(kind.label().value()).isEqualTo("Public meeting");

    var unknown = f.replace(ContentFixture.MINUTE, "kind: public-meeting", "kind: ordinary")
        .check();
    assertThat(unknown.errors()).singleElement().satisfies(p -> assertThat(p.message())
        .contains("must be one of public-meeting, regional-meeting; got \"ordinary\"."));
  }

  @Test
  void aKindNeedsAnIdInKebabCaseAndALabel() {
    var checked = ContentFixture.minimal(tmp).write(ContentFixture.SITE, KINDS_SITE
        + "  Open House: Open house\n  workshop:\n").check();

    assertThat(checked.errors()).extracting(p -> p.message()).anySatisfy(m -> assertThat(m)
        .contains("\"Open House\"", "lowercase letters, digits and hyphens"));
    assertThat(checked.errors()).extracting(p -> p.message()).anySatisfy(m -> assertThat(m)
        .contains("\"workshop\" needs its label"));
  }

  @Test
  void endDateMustComeAfterTheDateAndOpennessMayBeUnstated() {
    var f = ContentFixture.minimal(tmp).replace(ContentFixture.MINUTE,
        "open_to_public: false\n", "end_date: 2018-05-10\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    Minute m = checked.loaded().minutes().get(0);
    assertThat(m.endDate()).isEqualTo(LocalDate.of(2018, 5, 10));
    assertThat(m.openToPublic()).as("not stated stays unknown").isNull();

    var before = f.replace(ContentFixture.MINUTE, "end_date: 2018-05-10", "end_date: 2018-05-08")
        .check();
    assertThat(before.errors()).singleElement().satisfies(p -> assertThat(p.message())
        .contains("'end_date' (2018-05-08) must be after 'date' (2018-05-08)"));
  }

  @Test
  void theOpenMeetingsWarningSaysHowManyMinutesDoNotStateIt() {
    var f = ContentFixture.minimal(tmp)
        .replace(ContentFixture.SITE, "open_meetings_per_year: 0", "open_meetings_per_year: 3")
        .replace(ContentFixture.MINUTE, "open_to_public: false\n", "");

    var warnings = f.build().problems().all().stream()
        .filter(p -> p.message().contains("open_meetings_per_year")).toList();

    assertThat(warnings).singleElement().satisfies(p -> assertThat(p.message()).contains(
        "2018 had 0 meetings open to the public",
        "1 more minute does not state whether the meeting was open"));
  }

  @Test
  void pagesShowTheKindsLabelTheDaysTheZoneAndOpennessNotStated() throws IOException {
    var f = ContentFixture.minimal(tmp).write(ContentFixture.SITE, KINDS_SITE)
        .replace(ContentFixture.MINUTE, "kind: ordinary\nopen_to_public: false\n",
            "end_date: 2018-05-09\nstart: \"16:00\"\nend: \"18:00\"\nkind: public-meeting\n")
        .write("meetings/2018-07-02-regional.yaml", """
            title: Regional meeting in Brasilia
            date: 2018-07-02
            end_date: 2018-07-05
            kind: regional-meeting
            """);
    Path site = tmp.resolve("site");

    BuildResult result = TestSites.build(f.root(), site, LocalDate.of(2018, 6, 1));

    assertThat(result.ok()).as(ProblemFormatter.format(result.problems().all())).isTrue();
    String minute = text(site.resolve(SitePaths.minute(2018, "2018-05-08-primera-sesion")
        + "index.html"));
    assertThat(minute).contains("Public meeting", "Not stated",
        "16:00 – 18:00 (America/New_York)", "May 8, 2018 – May 9, 2018");
    String meetings = text(site.resolve("meetings/index.html"));
    assertThat(meetings).contains("Regional meeting in Brasilia", "July 2, 2018 – July 5, 2018",
        "Not stated");
    String ics = Files.readString(site.resolve(SitePaths.CALENDAR));
    // All-day events end the day after their last day (RFC 5545); timed ones at their end
    // time on the last day, in UTC (16:00 in New York in May is 20:00 UTC).
    assertThat(ics).contains("DTSTART;VALUE=DATE:20180702", "DTEND;VALUE=DATE:20180706",
        "DTSTART:20180508T200000Z", "DTEND:20180509T220000Z");
  }

  @Test
  void perLanguageLabelsFollowTheVersionBeingBuilt() throws IOException {
    var f = ContentFixture.minimal(tmp).write(ContentFixture.SITE, """
        title: Gobierno Abierto
        languages: [es, en]
        country: Chile
        forum:
          name: Mesa
        quality:
          open_meetings_per_year: 0
        meeting_kinds:
          taller:
            es: Taller
            en: Workshop
        """).replace(ContentFixture.MINUTE, "kind: ordinary", "kind: taller");
    Path site = tmp.resolve("site");

    BuildResult result = TestSites.build(f.root(), site, LocalDate.of(2018, 6, 1));

    assertThat(result.ok()).as(ProblemFormatter.format(result.problems().all())).isTrue();
    String page = SitePaths.minute(2018, "2018-05-08-primera-sesion") + "index.html";
    assertThat(text(site.resolve(page))).contains("Taller").doesNotContain("Workshop");
    assertThat(text(site.resolve("en/" + page))).contains("Workshop");
  }

  private static String text(Path page) throws IOException {
    return Jsoup.parse(page.toFile(), "UTF-8").text();
  }
}
