package org.acta.write;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML file (feed, sitemap) written with the JDK's StAX writer, so every text is escaped,
 * laid out the same way for all of them: declaration, root element, final newline.
 */
public final class XmlDocument {
  private XmlDocument() {}

  /** Writes what is inside the document: it opens the root element, which is closed for it. */
  public interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  /** @param what names the document in the (never expected) error */
  public static byte[] of(String what, Body body) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      body.write(xml);
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the " + what, e);
    }
    return (out + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** {@code <name>text</name>} */
  public static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
