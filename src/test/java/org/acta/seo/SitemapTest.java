package org.acta.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {
  static final String BASE = "https://example.org/ga/";

  @Test
  void aSiteInOneLanguageListsEachPageOnceWithNoAlternates() {
    String xml = new String(Sitemap.sitemap(BASE, List.of("", "minutes/"),
        List.of(new Sitemap.Version("es", ""))), StandardCharsets.UTF_8);
    assertThat(xml).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://example.org/ga/</loc></url>
        <url><loc>https://example.org/ga/minutes/</loc></url>
        </urlset>
        """);
  }

  @Test
  void aSiteInTwoLanguagesListsEveryVersionWithItsAlternatesAndTheDefault() {
    String xml = new String(Sitemap.sitemap(BASE, List.of("minutes/"),
        List.of(new Sitemap.Version("es", ""), new Sitemap.Version("en", "en/"))),
        StandardCharsets.UTF_8);
    assertThat(xml).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
        .contains("<loc>https://example.org/ga/minutes/</loc>")
        .contains("<loc>https://example.org/ga/en/minutes/</loc>")
        .contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" "
            + "href=\"https://example.org/ga/en/minutes/\"/>")
        .contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" "
            + "href=\"https://example.org/ga/minutes/\"/>");
    assertThat(xml.split("<url>", -1)).hasSize(3);
    assertThat(xml.split("hreflang=\"x-default\"", -1)).hasSize(3);
  }
}
