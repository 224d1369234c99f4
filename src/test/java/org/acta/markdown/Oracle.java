package org.acta.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * jsoup's allow-list cleaner, which the renderer once ran on every page, kept as the test
 * oracle: whatever the Markdown, the renderer's HTML must already be clean under it.
 */
final class Oracle {
  static final Safelist SAFELIST = Safelist.relaxed()
      .removeTags("img")
      .addTags("del", "hr")
      .addAttributes(":all", "id")
      .addAttributes("table", "class")
      .addAttributes("th", "class")
      .addAttributes("td", "class")
      .addAttributes("code", "class")
      .addAttributes("a", "rel")
      .addProtocols("a", "href", "http", "https", "mailto", "#")
      .preserveRelativeLinks(true);

  private Oracle() {}

  /** Only allowed tags and attributes, and no character HTML forbids. */
  static boolean isClean(String html) {
    // Relative links resolve against a base, as they did when this cleaner ran in production.
    Document doc = Jsoup.parseBodyFragment(html, "https://acta.invalid/");
    // jsoup also refuses malformed addresses of allowed schemes ("https://##", "http:\\//");
    // a browser does not run those either, and the scheme is what matters here.
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href").toLowerCase(java.util.Locale.ROOT);
      if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
        a.attr("href", "https://acta.invalid/");
      }
    }
    return new Cleaner(SAFELIST).isValid(doc) && html.codePoints().noneMatch(Oracle::forbidden);
  }

  private static boolean forbidden(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
        || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
  }
}
