package org.acta.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past meetings stay on the meetings page: held with a link to the minute, or flagged. */
class PastMeetingsTest {
  @TempDir Path tmp;

  private static final String MEETING = """
      title: %s
      date: %s
      kind: ordinary
      open_to_public: true
      """;

  private Document meetingsPage(LocalDate asOf) throws Exception {
    ContentFixture content = ContentFixture.minimal(tmp)
        // held: a minute of the same file name
        .write("meetings/2018-05-08-primera-sesion.yaml",
            MEETING.formatted("Primera sesión", "2018-05-08"))
        // held: the only minute of that day, under another name
        .write("meetings/2018-06-01-segunda.yaml", MEETING.formatted("Segunda", "2018-06-01"))
        .write("minutes/2018/2018-06-01-segunda-sesion.md", """
            ---
            title: Segunda sesión
            date: 2018-06-01
            kind: ordinary
            open_to_public: true
            ---

            Acta de la segunda sesión.
            """)
        // passed without minutes
        .write("meetings/2018-07-01-sin-acta.yaml", MEETING.formatted("Sin acta", "2018-07-01"))
        // a minute written before the session, still without its text
        .write("minutes/2018/2018-08-01-pendiente.md", """
            ---
            title: Sesión pendiente
            date: 2018-08-01
            kind: ordinary
            open_to_public: true
            ---
            """)
        .write("meetings/2030-01-01-futura.yaml", MEETING.formatted("Futura", "2030-01-01"));
    Path out = tmp.resolve("site");
    var result = TestSites.build(content.root(), out, asOf);
    assertThat(result.ok()).as("%s", result.problems().all()).isTrue();
    return Jsoup.parse(Files.readString(out.resolve("meetings/index.html")));
  }

  @Test
  void pastMeetingsLinkTheirMinuteOrSayNoneWasPublished() throws Exception {
    Document page = meetingsPage(LocalDate.of(2020, 1, 15));
    assertThat(page.select("#2018-05-08-primera-sesion a").attr("href"))
        .isEqualTo("../minutes/2018/2018-05-08-primera-sesion/");
    assertThat(page.select("#2018-06-01-segunda a").attr("href"))
        .isEqualTo("../minutes/2018/2018-06-01-segunda-sesion/");
    assertThat(page.select("#2018-07-01-sin-acta").text()).contains("Sin acta publicada");
    assertThat(page.select("#2018-07-01-sin-acta a")).isEmpty();
    assertThat(page.select("#2018-08-01-pendiente").text()).contains("Sin acta publicada");
    assertThat(page.select("#2018-08-01-pendiente a").attr("href"))
        .isEqualTo("../minutes/2018/2018-08-01-pendiente/");
    // newest first, and the future meeting is upcoming, not past
    assertThat(page.select("#sec-past ~ ul > li").eachAttr("id")).containsExactly(
        "2018-08-01-pendiente", "2018-07-01-sin-acta", "2018-06-01-segunda",
        "2018-05-08-primera-sesion");
    assertThat(page.select("#sec-upcoming ~ article").eachAttr("id"))
        .containsExactly("2030-01-01-futura");
  }

  @Test
  void beforeItsDateAMeetingIsUpcomingAndNotPast() throws Exception {
    Document page = meetingsPage(LocalDate.of(2018, 6, 1));
    assertThat(page.select("#sec-upcoming ~ article").eachAttr("id")).containsExactly(
        "2018-06-01-segunda", "2018-07-01-sin-acta", "2018-08-01-pendiente",
        "2030-01-01-futura");
    assertThat(page.select("#sec-past ~ ul > li").eachAttr("id"))
        .containsExactly("2018-05-08-primera-sesion");
  }
}
