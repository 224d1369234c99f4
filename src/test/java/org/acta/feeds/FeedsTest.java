package org.acta.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.acta.testing.ExampleSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Atom feed and the iCalendar file, read back with real parsers (Rome, ical4j). */
class FeedsTest {
  static Path site;

  @BeforeAll
  static void build() {
    site = ExampleSite.dir();
  }

  @Test
  void atomFeedParsesAndHasEveryRequiredElement() throws Exception {
    String xml = Files.readString(site.resolve(org.acta.paths.SitePaths.MINUTES_FEED));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getUri()).isEqualTo("https://example.org/gobierno-abierto/minutes/feed.xml");
    assertThat(feed.getTitle()).contains("Mesa de Gobierno Abierto");
    assertThat(feed.getPublishedDate()).isNotNull();
    List<SyndEntry> entries = feed.getEntries();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(8);
    SyndEntry newest = entries.get(0);
    assertThat(newest.getUri()).startsWith("https://example.org/gobierno-abierto/minutes/2020/");
    assertThat(newest.getLink()).isEqualTo(newest.getUri());
    assertThat(newest.getUpdatedDate().toInstant()).isEqualTo(Instant.parse("2020-09-15T00:00:00Z"));
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.getTitle()).isNotBlank();
      assertThat(e.getUri()).isNotBlank();
      assertThat(e.getUpdatedDate()).isNotNull();
    });
    assertThat(entries.get(entries.size() - 1).getTitle()).contains("Desafíos y expectativas");
  }

  @Test
  void calendarParsesWithIcal4jAndConvertsTimesToUtc() throws Exception {
    byte[] bytes = Files.readAllBytes(site.resolve(org.acta.paths.SitePaths.CALENDAR));
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n").doesNotContain("\n\n");
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .as(line).isLessThanOrEqualTo(75);
    }
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSizeGreaterThanOrEqualTo(12);
    VEvent seed = events.stream()
        .filter(e -> value(e, "UID").startsWith("2018-05-08-"))
        .findFirst().orElseThrow();
    // 18:00 in Santiago on 2018-05-08 (summer time until 2018-05-13, UTC-3) is 21:00 UTC.
    assertThat(value(seed, "DTSTART")).isEqualTo("20180508T210000Z");
    assertThat(value(seed, "LOCATION")).isEqualTo("Teatinos 92, piso 9, Santiago");
    assertThat(events).allSatisfy(e -> {
      assertThat(value(e, "SUMMARY")).isNotBlank();
      assertThat(value(e, "DTSTAMP")).isNotBlank();
    });
  }

  private static String value(VEvent e, String property) {
    return e.getProperty(property).map(p -> ((net.fortuna.ical4j.model.Property) p).getValue())
        .orElseThrow();
  }

  @Test
  void foldingKeepsMultibyteCharactersWhole() {
    StringBuilder out = new StringBuilder();
    ICalendar.line(out, "SUMMARY:" + "ñ".repeat(60));
    String[] lines = out.toString().split("\r\n");
    assertThat(lines.length).isGreaterThan(1);
    String unfolded = out.toString().replace("\r\n ", "").replace("\r\n", "");
    assertThat(unfolded).isEqualTo("SUMMARY:" + "ñ".repeat(60));
    assertThat(ICalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
  }
}
