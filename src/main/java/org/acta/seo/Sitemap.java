package org.acta.seo;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** {@code sitemap.xml} (sitemaps.org 0.9) and {@code robots.txt} pointing at it. */
public final class Sitemap {
  private Sitemap() {}

  /** A language version of the site: its language and the folder of its pages ("", "en/"). */
  public record Version(String language, String tree) {}

  /**
   * Every page of every version. With more than one version, each page lists its alternates
   * in every language and the main one as x-default, as search engines read them
   * (sitemaps.org with xhtml:link); with one, there is nothing to point to.
   *
   * @param paths site paths of the pages, e.g. "minutes/", the same in every version
   * @param versions the main version first
   */
  public static byte[] sitemap(String baseUrl, List<String> paths, List<Version> versions) {
    String xhtml = "http://www.w3.org/1999/xhtml";
    boolean alternates = versions.size() > 1;
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("urlset");
      xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
      if (alternates) {
        xml.writeNamespace("xhtml", xhtml);
      }
      for (Version version : versions) {
        for (String path : paths) {
          xml.writeCharacters("\n");
          xml.writeStartElement("url");
          xml.writeStartElement("loc");
          xml.writeCharacters(baseUrl + version.tree() + path);
          xml.writeEndElement();
          if (alternates) {
            for (Version alternate : versions) {
              alternate(xml, xhtml, alternate.language(), baseUrl + alternate.tree() + path);
            }
            alternate(xml, xhtml, "x-default", baseUrl + versions.get(0).tree() + path);
          }
          xml.writeEndElement();
        }
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the sitemap", e);
    }
    return (out + "\n").getBytes(StandardCharsets.UTF_8);
  }

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
