package org.acta.feeds;

import static org.acta.write.XmlDocument.element;

import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.acta.write.XmlDocument;

/**
 * An Atom feed (RFC 4287), written as an {@link XmlDocument} so every text is escaped.
 * Dates are whole days (T00:00:00Z): content has dates, not times, and builds stay
 * deterministic.
 */
public final class AtomFeed {
  /** One entry: a stable id, a title, the day it belongs to, a link, and a plain-text summary. */
  public record Entry(String id, String title, LocalDate updated, String link, String summary) {}

  private AtomFeed() {}

  /**
   * @param id the feed's permanent id (its absolute URL, or a tag: URI)
   * @param self the feed's own address
   * @param alternate the HTML page the feed mirrors
   */
  public static byte[] write(String id, String title, String self, String alternate,
      String author, LocalDate updated, List<Entry> entries) {
    return XmlDocument.of("Atom feed", xml -> {
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      element(xml, "id", id);
      element(xml, "title", title);
      element(xml, "updated", timestamp(updated));
      link(xml, "self", self, "application/atom+xml");
      link(xml, "alternate", alternate, "text/html");
      xml.writeStartElement("author");
      element(xml, "name", author);
      xml.writeEndElement();
      element(xml, "generator", "Acta");
      for (Entry e : entries) {
        xml.writeCharacters("\n");
        xml.writeStartElement("entry");
        element(xml, "id", e.id());
        element(xml, "title", e.title());
        element(xml, "updated", timestamp(e.updated()));
        link(xml, "alternate", e.link(), "text/html");
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(e.summary());
        xml.writeEndElement();
        xml.writeEndElement();
      }
    });
  }

  private static String timestamp(LocalDate day) {
    return day + "T00:00:00Z";
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
