package org.acta.markdown;

import org.jsoup.Jsoup;
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

  static boolean isClean(String html) {
    return Jsoup.isValid(html, SAFELIST);
  }
}
