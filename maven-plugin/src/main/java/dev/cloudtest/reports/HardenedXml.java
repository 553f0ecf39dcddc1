package dev.cloudtest.reports;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The one place that configures the XML parser for untrusted reports: Woodstox (it streams CDATA, where the JDK's
 * parser buffers a whole section), no DTD support, no external entities, every resolver refusing, text delivered
 * in pieces. Callers reject the DOCTYPE event itself.
 */
public final class HardenedXml {
    private static final XMLResolver REFUSE = (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("refused to resolve external resource " + systemId);
    };
    private static final XMLInputFactory2 FACTORY = create();

    private HardenedXml() {}

    /** Most attributes on one element. */
    static final int MAX_ATTRIBUTES = 256;

    /** Longest attribute value, in characters. Assertion messages can be long; what is kept is capped later. */
    static final int MAX_ATTRIBUTE_CHARS = 8 << 20;

    /** Deepest element nesting. */
    static final int MAX_DEPTH = 500;

    /**
     * A reader on the raw bytes, so the byte-order mark and the encoding declaration are honoured; names and tags
     * are bounded by {@link MarkupLimits} on the way in.
     */
    public static XMLStreamReader2 open(InputStream bytes) throws XMLStreamException {
        return (XMLStreamReader2) FACTORY.createXMLStreamReader(new MarkupLimits(bytes));
    }

    /** The limit a parse error reports, in one line, or null when the error is not about a limit. */
    static String limitProblem(Throwable error) {
        StringBuilder messages = new StringBuilder();
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof MarkupLimits.Exceeded exceeded) {
                return exceeded.getMessage();
            }
            messages.append(e.getMessage()).append('\n');
        }
        String message = messages.toString();
        if (message.contains("Maximum attribute size limit")) {
            return "an attribute value is longer than " + MAX_ATTRIBUTE_CHARS + " characters, cloudtest's limit for a"
                    + " report";
        }
        if (message.contains("Attribute limit")) {
            return "an element has more than " + MAX_ATTRIBUTES + " attributes, cloudtest's limit for a report";
        }
        if (message.contains("Maximum Element Depth limit")) {
            return "elements are nested deeper than " + MAX_DEPTH + " levels, cloudtest's limit for a report";
        }
        return null;
    }

    private static XMLInputFactory2 create() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // Some producers use prefixes they never declare; elements are matched by local name anyway.
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.RESOLVER, REFUSE);
        factory.setProperty(WstxInputProperties.P_DTD_RESOLVER, REFUSE);
        factory.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, REFUSE);
        // Assertion messages can be long (a whole expected value); the text kept is capped later anyway.
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_CHARS);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, true);
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, true);
        return factory;
    }

    /** An element's name without any prefix ({@code ns:testcase} becomes {@code testcase}). */
    public static String localName(XMLStreamReader2 xml) {
        String name = xml.getLocalName();
        int colon = name.lastIndexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
