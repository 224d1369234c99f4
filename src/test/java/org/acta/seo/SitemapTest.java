package org.acta.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SitemapTest {
  static final String BASE = "https://example.org/ga/";

  @Test
  void aSiteInOneLanguageListsEachPageOnceWithNoAlternates() {
    Map<String, byte[]> files = Sitemap.files(BASE, List.of("", "minutes/"),
        List.of(new Sitemap.Version("es", "")));
    assertThat(files).containsOnlyKeys("sitemap.xml");
    String xml = text(files, "sitemap.xml");
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
    String xml = text(Sitemap.files(BASE, List.of("minutes/"),
        List.of(new Sitemap.Version("es", ""), new Sitemap.Version("en", "en/"))), "sitemap.xml");
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

  @Test
  void aboveTheProtocolsLimitSitemapXmlIndexesPartsOfAtMostThatManyAddresses() {
    // Five pages in two languages are ten addresses: with a limit of four, three parts.
    Map<String, byte[]> files = Sitemap.files(BASE, List.of("a/", "b/", "c/", "d/", "e/"),
        List.of(new Sitemap.Version("es", ""), new Sitemap.Version("en", "en/")), 4);
    assertThat(files).containsOnlyKeys("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml",
        "sitemap-3.xml");
    assertThat(text(files, "sitemap.xml")).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>https://example.org/ga/sitemap-1.xml</loc></sitemap>
        <sitemap><loc>https://example.org/ga/sitemap-2.xml</loc></sitemap>
        <sitemap><loc>https://example.org/ga/sitemap-3.xml</loc></sitemap>
        </sitemapindex>
        """);
    List<String> locs = files.keySet().stream().filter(f -> !f.equals("sitemap.xml"))
        .flatMap(f -> java.util.regex.Pattern.compile("<loc>([^<]+)</loc>")
            .matcher(text(files, f)).results().map(m -> m.group(1))).toList();
    assertThat(locs).hasSize(10).doesNotHaveDuplicates()
        .contains("https://example.org/ga/a/", "https://example.org/ga/en/e/");
    assertThat(text(files, "sitemap-3.xml")).contains("xmlns:xhtml")
        .contains("hreflang=\"x-default\"");
  }

  private static String text(Map<String, byte[]> files, String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }
}
