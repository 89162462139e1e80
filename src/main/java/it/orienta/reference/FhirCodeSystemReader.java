package it.orienta.reference;

import it.orienta.system.RuleViolationException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the concepts out of a FHIR CodeSystem in XML, keeping the hierarchy (nested {@code concept}s) and the
 * {@code continente} property of foreign states. Refuses files that are not a FHIR CodeSystem or are cut short;
 * external entities are never resolved.
 */
final class FhirCodeSystemReader {

    static final String FHIR_NS = "http://hl7.org/fhir";

    private FhirCodeSystemReader() {}

    record Concept(String code, String display, String definition, String parentCode, int level, String continent) {}

    record Parsed(String id, List<Concept> concepts) {}

    static Parsed read(InputStream in) {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT
                    || !"CodeSystem".equals(xml.getLocalName())
                    || !FHIR_NS.equals(xml.getNamespaceURI())) {
                throw new RuleViolationException("reference.file.not-fhir", "file");
            }
            String id = null;
            var concepts = new ArrayList<Concept>();
            Deque<Builder> open = new ArrayDeque<>();
            int depth = 1;
            String propertyCode = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    String value = xml.getAttributeValue(null, "value");
                    if (name.equals("concept")) {
                        var parent = open.peek();
                        open.push(new Builder(parent == null ? null : parent, open.size() + 1));
                    } else if (open.isEmpty()) {
                        if (name.equals("id") && depth == 2) {
                            id = value;
                        }
                    } else {
                        var current = open.peek();
                        switch (name) {
                            case "code" -> {
                                if (propertyCode == null && current.inProperty) {
                                    propertyCode = value;
                                } else if (!current.inProperty) {
                                    current.code = value;
                                }
                            }
                            case "display" -> {
                                if (!current.inDesignation && !current.inProperty) current.display = value;
                            }
                            case "definition" -> current.definition = value;
                            case "property" -> {
                                current.inProperty = true;
                                propertyCode = null;
                            }
                            case "designation" -> current.inDesignation = true;
                            case "valueCode", "valueString" -> {
                                if ("continente".equals(propertyCode)) current.continent = value;
                            }
                            default -> {}
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String name = xml.getLocalName();
                    if (name.equals("concept")) {
                        var done = open.pop();
                        concepts.add(done.build());
                    } else if (!open.isEmpty() && name.equals("property")) {
                        open.peek().inProperty = false;
                        propertyCode = null;
                    } else if (!open.isEmpty() && name.equals("designation")) {
                        open.peek().inDesignation = false;
                    }
                }
            }
            if (depth != 0) {
                throw new RuleViolationException("reference.file.truncated", "file");
            }
            return new Parsed(id, concepts);
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("eof")
                    || message.contains("end of file")
                    || message.contains("unexpected end")
                    || message.contains("must start and end within the same entity")
                    || message.contains("premature end")) {
                throw new RuleViolationException("reference.file.truncated", "file");
            }
            throw new RuleViolationException(
                    "reference.file.unreadable",
                    "file",
                    String.valueOf(location == null ? 0 : location.getLineNumber()));
        }
    }

    private static final class Builder {
        final Builder parent;
        final int level;
        String code;
        String display;
        String definition;
        String continent;
        boolean inProperty;
        boolean inDesignation;

        Builder(Builder parent, int level) {
            this.parent = parent;
            this.level = level;
        }

        Concept build() {
            return new Concept(code, display, definition, parent == null ? null : parent.code, level, continent);
        }
    }
}
