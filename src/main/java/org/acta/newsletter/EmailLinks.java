package org.acta.newsletter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes every link and image address of an e-mail edition absolute: a message is read in a
 * mail client, where a relative address leads nowhere.
 */
public final class EmailLinks {
  private EmailLinks() {}

  /** @param pageUrl the absolute address the edition is published at */
  public static String absolutize(String html, String pageUrl) {
    Document doc = Jsoup.parse(html, pageUrl);
    for (Element e : doc.select("a[href]")) {
      String href = e.attr("href");
      if (!href.startsWith("mailto:") && !href.startsWith("#")) {
        e.attr("href", e.absUrl("href"));
      } else if (href.startsWith("#")) {
        e.attr("href", pageUrl.replace("email.html", "") + href);
      }
    }
    for (Element e : doc.select("[src]")) {
      e.attr("src", e.absUrl("src"));
    }
    doc.outputSettings().prettyPrint(false);
    return doc.outerHtml() + "\n";
  }
}
