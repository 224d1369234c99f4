package org.acta.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year of 151 minutes (150 generated here and the fixture's) on two pages of 100. */
class MinutesYearPagesTest {
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    ContentFixture content = ContentFixture.copyOf("base", tmp);
    LocalDate day = LocalDate.of(2019, 4, 1);
    for (int i = 1; i <= 150; i++, day = day.plusDays(1)) {
      content.write("minutes/2019/" + day + "-sesion-" + i + ".md", "---\ntitle: Sesión " + i
          + "\ndate: " + day + "\nkind: ordinary\nopen_to_public: true\n---\nTexto.\n");
    }
    site = tmp.resolve("site");
    TestSites.buildOk(content.root(), site);
  }

  private static Document page(String path) throws Exception {
    return TestSites.page(site, path);
  }

  @Test
  void aLongYearIsPaginatedWithItsCount() throws Exception {
    Document first = page("minutes/2019/");
    Document second = page("minutes/2019/2/");
    assertThat(first.select("ul.minute-list > li")).hasSize(100);
    assertThat(second.select("ul.minute-list > li")).hasSize(51);
    assertThat(site.resolve("minutes/2019/3/index.html")).doesNotExist();
    // In date order: the fixture's minute of 5 March first, the last generated one last.
    assertThat(first.select("ul.minute-list > li a").first().attr("href"))
        .isEqualTo("../../minutes/2019/2019-03-05-sesion-de-prueba/");
    assertThat(second.select("ul.minute-list > li a").last().text()).isEqualTo("Sesión 150");
    assertThat(first.selectFirst("p.meta").text()).isEqualTo("151 actas · Página 1 / 2");
    assertThat(first.selectFirst("nav.pager").select("a").eachAttr("href"))
        .containsExactly("../../minutes/2019/2/");
    assertThat(second.selectFirst("nav.pager [aria-current=page]").text()).isEqualTo("101–151");
    assertThat(second.selectFirst("title").text()).contains("Página 2");
    // The minutes index still links the year's first page and counts them all.
    assertThat(page("minutes/").select("ul.year-list li").eachText()).contains("2019 (151)");
  }
}
