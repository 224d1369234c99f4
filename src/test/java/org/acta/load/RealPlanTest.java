package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.pipeline.BuildResult;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real published plan, written exactly as its source states it (fixtures/real-plan, the
 * U.S. Fifth Open Government National Action Plan tracker; see its SOURCES.md), loads without
 * an error, and the figures that come out of it are the source's: nothing invented, unknown
 * shown as unknown.
 */
class RealPlanTest {
  static final Path FIXTURE = ContentFixture.FIXTURES.resolve("real-plan/content");
  /** The day the source was last updated ("Updated Aug 23 2024" on its meetings page). */
  static final LocalDate SOURCE_DATE = LocalDate.of(2024, 8, 23);

  @TempDir Path tmp;

  @Test
  void theWholePlanValidatesWithoutAnError() {
    ContentFixture.Checked checked = copy().check();
    assertThat(checked.errors()).as(ProblemFormatter.format(checked.problems())).isEmpty();
    ContentLoader.Loaded loaded = checked.loaded();
    assertThat(loaded.plans()).hasSize(1);
    assertThat(loaded.commitments()).hasSize(36);
    assertThat(loaded.commitments().stream().mapToInt(c -> c.milestones().size()).sum())
        .isEqualTo(70);
    assertThat(loaded.institutions()).hasSize(40);
    assertThat(loaded.minutes()).hasSize(16);
    assertThat(loaded.meetings()).hasSize(1);
  }

  @Test
  void milestoneIdsAndStatusesAreTheSourcesNumbersAndWords() {
    ContentLoader.Loaded loaded = copy().check().loaded();
    Commitment equitableData = commitment(loaded, "us0113");
    assertThat(equitableData.ogpId()).isEqualTo("US0113");
    assertThat(equitableData.milestones()).extracting(Milestone::id)
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
    // A commitment tracked as one sub-commitment: the tracker numbers it US0141.0.
    assertThat(commitment(loaded, "us0141").milestones()).extracting(Milestone::id)
        .containsExactly("0");
    List<Milestone> all = loaded.commitments().stream()
        .flatMap(c -> c.milestones().stream()).toList();
    assertThat(all).filteredOn(m -> m.is(MilestoneStatus.COMPLETED)).hasSize(33);
    assertThat(all).filteredOn(m -> m.is(MilestoneStatus.IN_PROGRESS)).hasSize(36);
    assertThat(all).filteredOn(m -> m.is(MilestoneStatus.NOT_STARTED)).hasSize(1);
  }

  @Test
  void pagesShowPeriodsAsWrittenAndNeverMakeUpAFigure() throws IOException {
    Path site = tmp.resolve("site");
    BuildResult result = TestSites.build(copy().root(), site, SOURCE_DATE);
    assertThat(result.ok()).as(ProblemFormatter.format(result.problems().all())).isTrue();

    String commitment = text(site.resolve("plans/2022-2024/commitments/us0113/index.html"));
    assertThat(commitment).contains("February 2024", "August 2023",
        "Office of Science and Technology Policy", "Office of Management and Budget");
    // The plan states years only ("2022-2024"): no day or month may appear for them.
    String plan = text(site.resolve("plans/2022-2024/index.html"));
    assertThat(plan).contains("2022").contains("2024").doesNotContain("2022-01-01",
        "2024-12-31", "January 1, 2022", "1 January 2022", "December 31, 2024",
        "31 December 2024");
    // No milestone states a percentage: the dashboard says so instead of showing 0 %.
    assertThat(text(site.resolve("plans/2022-2024/dashboard/index.html")).toLowerCase())
        .contains("not reported");
    // US0113: five completed sub-commitments list no evidence link, one is in progress, none
    // states a percentage. Neither "no evidence" nor a "not started" level may be made up.
    assertThat(commitment).doesNotContain("No evidence available").doesNotContain("Not started");
    assertThat(commitment.toLowerCase()).contains("evidence not itemised");
    // A sub-agency's page names its agency (the tracker's "Agency <br> Subagency").
    assertThat(text(site.resolve("institutions/tech-team/index.html")))
        .contains("Office of Science and Technology Policy");
    // The four-day regional meeting is one event with its end date; the source does not say
    // whether it is open to the public, and the page does not guess.
    assertThat(text(site.resolve("meetings/index.html"))).contains("Brasilia",
        "December 3, 2024 – December 6, 2024", "Not stated");
    // The tracker's own kinds of meeting, by their labels, with times in the site's zone.
    assertThat(text(site.resolve(
        "minutes/2024/2024-02-05-open-gov-roundtable-gsa-public-engagement/index.html")))
        .contains("Public engagement session", "10:00 – 12:30 (America/New_York)")
        .doesNotContain("Ordinary");
    // The plan states no status: its page says so rather than picking one.
    assertThat(plan).contains("Status not stated");
  }

  private ContentFixture copy() {
    ContentFixture f = ContentFixture.empty(tmp);
    try {
      TestSites.copyTree(FIXTURE, f.root());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return f;
  }

  private static Commitment commitment(ContentLoader.Loaded loaded, String id) {
    return loaded.commitments().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static String text(Path page) throws IOException {
    return Jsoup.parse(page.toFile(), "UTF-8").text();
  }

}
