package com.newsdesk.syndication;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The StAX plumbing RSS and Atom share: a document written to memory, and its common elements. */
final class FeedXml {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private FeedXml() {}

    interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    static byte[] xml(XmlBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml =
                    XMLOutputFactory.newFactory().createXMLStreamWriter(new ControlFreeOutput(out), "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a feed to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
