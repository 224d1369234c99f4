package org.acta.seo;

import static org.acta.write.XmlDocument.element;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.acta.paths.SitePaths;
import org.acta.write.XmlDocument;

/** {@code sitemap.xml} (sitemaps.org 0.9, an index above 50,000 addresses) and robots.txt. */
public final class Sitemap {
  private Sitemap() {}

  /** A language version of the site: its language and the folder of its pages ("", "en/"). */
  public record Version(String language, String tree) {}

  /** The sitemaps protocol's limit of URLs per sitemap file. */
  static final int MAX_URLS = 50_000;

  /**
   * The sitemap files of the site, by path: {@code sitemap.xml} lists every page of every
   * version. Above {@link #MAX_URLS} addresses (a large archive in several languages) search
   * engines ignore a single file, so {@code sitemap.xml} becomes a sitemap index of
   * {@code sitemap-1.xml}, {@code sitemap-2.xml}… robots.txt names sitemap.xml either way.
   *
   * <p>With more than one version, each page lists its alternates in every language and the
   * main one as x-default, as search engines read them (sitemaps.org with xhtml:link).
   *
   * @param paths site paths of the pages, e.g. "minutes/", the same in every version
   * @param versions the main version first
   */
  public static Map<String, byte[]> files(String baseUrl, List<String> paths,
      List<Version> versions) {
    return files(baseUrl, paths, versions, MAX_URLS);
  }

  static Map<String, byte[]> files(String baseUrl, List<String> paths, List<Version> versions,
      int maxUrls) {
    List<Entry> entries = new ArrayList<>();
    for (Version version : versions) {
      for (String path : paths) {
        entries.add(new Entry(version, path));
      }
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (entries.size() <= maxUrls) {
      files.put(SitePaths.SITEMAP, urlset(baseUrl, entries, versions));
      return files;
    }
    List<String> parts = new ArrayList<>();
    for (int from = 0; from < entries.size(); from += maxUrls) {
      String name = SitePaths.sitemapPart(parts.size() + 1);
      parts.add(name);
      files.put(name, urlset(baseUrl,
          entries.subList(from, Math.min(entries.size(), from + maxUrls)), versions));
    }
    files.put(SitePaths.SITEMAP, index(baseUrl, parts));
    return files;
  }

  private record Entry(Version version, String path) {}

  private static byte[] urlset(String baseUrl, List<Entry> entries, List<Version> versions) {
    String xhtml = "http://www.w3.org/1999/xhtml";
    boolean alternates = versions.size() > 1;
    return XmlDocument.of("sitemap", xml -> {
      xml.writeStartElement("urlset");
      xml.writeDefaultNamespace(NAMESPACE);
      if (alternates) {
        xml.writeNamespace("xhtml", xhtml);
      }
      for (Entry entry : entries) {
        xml.writeCharacters("\n");
        xml.writeStartElement("url");
        element(xml, "loc", baseUrl + entry.version().tree() + entry.path());
        if (alternates) {
          for (Version alternate : versions) {
            alternate(xml, xhtml, alternate.language(),
                baseUrl + alternate.tree() + entry.path());
          }
          alternate(xml, xhtml, "x-default", baseUrl + versions.get(0).tree() + entry.path());
        }
        xml.writeEndElement();
      }
    });
  }

  private static byte[] index(String baseUrl, List<String> parts) {
    return XmlDocument.of("sitemap", xml -> {
      xml.writeStartElement("sitemapindex");
      xml.writeDefaultNamespace(NAMESPACE);
      for (String part : parts) {
        xml.writeCharacters("\n");
        xml.writeStartElement("sitemap");
        element(xml, "loc", baseUrl + part);
        xml.writeEndElement();
      }
    });
  }

  private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private static void alternate(XMLStreamWriter xml, String xhtml, String language, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("xhtml", "link", xhtml);
    xml.writeAttribute("rel", "alternate");
    xml.writeAttribute("hreflang", language);
    xml.writeAttribute("href", href);
  }

  public static byte[] robots(String baseUrl) {
    String text = "User-agent: *\nAllow: /\n"
        + (baseUrl == null ? "" : "Sitemap: " + baseUrl + "sitemap.xml\n");
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
