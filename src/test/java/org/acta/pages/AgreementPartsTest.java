package org.acta.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agreements page split by status and year, each part paginated: 251 open agreements of
 * 2019 make three pages, the overview counts them and lists only the most recent.
 */
class AgreementPartsTest {
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    StringBuilder minute = new StringBuilder("""
        ---
        title: Sesión de muchos acuerdos
        date: 2019-06-04
        kind: ordinary
        open_to_public: true
        agreements:
        """);
    for (int i = 1; i <= 250; i++) {
      minute.append("  - text: Acuerdo número ").append(i).append(".\n");
    }
    minute.append("---\nTexto.\n");
    ContentFixture content = ContentFixture.copyOf("base", tmp)
        .write("minutes/2019/2019-06-04-muchos-acuerdos.md", minute.toString());
    site = tmp.resolve("site");
    TestSites.buildOk(content.root(), site);
  }

  private static Document page(String path) throws Exception {
    return TestSites.page(site, path);
  }

  @Test
  void theOverviewCountsByYearAndStatusAndListsOnlyTheMostRecent() throws Exception {
    Document overview = page("agreements/");
    Element row = overview.select("table.agreement-years tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().equals("2019")).findFirst().orElseThrow();
    // The base minute's two agreements, as of the tests' date: one overdue, one open.
    assertThat(row.select("td").eachText()).containsExactly("1", "251", "0");
    assertThat(row.select("td a").eachAttr("href")).containsExactly(
        "../agreements/overdue/2019/", "../agreements/open/2019/");
    assertThat(overview.select("section[aria-labelledby=sec-open-agreements] li")).hasSize(100);
    assertThat(overview.select("#sec-open-agreements").text()).contains("(251)");
    assertThat(overview.select("section[aria-labelledby=sec-open-agreements] p.meta").first()
        .text()).contains("100").contains("251");
    assertThat(overview.select("section[aria-labelledby=sec-overdue-agreements] li")).hasSize(1);
  }

  @Test
  void aPartIsPaginatedAndLinksItsPagesAndTheOtherParts() throws Exception {
    Document first = page("agreements/open/2019/");
    Document second = page("agreements/open/2019/2/");
    Document third = page("agreements/open/2019/3/");
    assertThat(first.select("ul.agreement-list > li")).hasSize(100);
    assertThat(second.select("ul.agreement-list > li")).hasSize(100);
    assertThat(third.select("ul.agreement-list > li")).hasSize(51);
    assertThat(first.select("ul.agreement-list > li p").first().text())
        .isEqualTo("Acuerdo número 250.");
    assertThat(first.select("nav.pager").first().select("a").eachAttr("href"))
        .containsExactly("../../../agreements/open/2019/2/", "../../../agreements/open/2019/3/");
    assertThat(second.select("nav.pager").first().text()).contains("1–100", "101–200", "201–251");
    assertThat(second.select("table.agreement-years [aria-current=page]").text()).isEqualTo("251");
    assertThat(second.select("table.agreement-years a").eachAttr("href"))
        .contains("../../../../agreements/overdue/2019/");
    assertThat(site.resolve("agreements/open/2019/4/index.html")).doesNotExist();
    assertThat(site.resolve("agreements/closed/2019/index.html")).doesNotExist();
  }
}
