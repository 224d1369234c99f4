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

  /** @param paths site paths of the HTML pages, e.g. "minutes/" */
  public static byte[] sitemap(String baseUrl, List<String> paths) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("urlset");
      xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
      for (String path : paths) {
        xml.writeCharacters("\n");
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(baseUrl + path);
        xml.writeEndElement();
        xml.writeEndElement();
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

  public static byte[] robots(String baseUrl) {
    String text = "User-agent: *\nAllow: /\n"
        + (baseUrl == null ? "" : "Sitemap: " + baseUrl + "sitemap.xml\n");
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
