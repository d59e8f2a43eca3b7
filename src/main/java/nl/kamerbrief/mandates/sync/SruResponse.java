package nl.kamerbrief.mandates.sync;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One SRU 2.0 {@code searchRetrieveResponse} page of the officielebekendmakingen repository, read with StAX
 * (no DTDs, no external entities). Elements are matched by local name whatever their prefix, and only the ones
 * this client uses are kept; the rest are collected for the probe.
 *
 * @param numberOfRecords the total the server reports, or -1 when it reports none
 * @param nextPosition    {@code nextRecordPosition}, or null
 * @param diagnostics     the {@code <diagnostics>} messages of a refused query (answered with HTTP 200)
 * @param otherElements   local names inside records that the client does not read
 */
record SruResponse(int numberOfRecords, Integer nextPosition, List<Record> records, List<String> diagnostics,
                   Set<String> otherElements) {

    /** The fields of one record (first occurrence of each local name) and its file links by manifestation. */
    record Record(Map<String, String> fields, Map<String, String> itemUrls) {
        String get(String name) {
            return fields.get(name);
        }
    }

    /** Local names read from a record's metadata. */
    static final Set<String> READ = Set.of("identifier", "title", "type", "modified", "available", "issued",
            "dossiernummer", "ondernummer", "vergaderjaar", "publicatienaam", "subrubriek", "documenttitel",
            "preferredUrl");
    /** Containers and fields the documentation names; the probe reports any other. */
    static final Set<String> KNOWN = Set.of("recordSchema", "recordPacking", "recordData", "recordPosition",
            "gzd", "originalData", "meta", "owmskern", "owmsmantel", "tpmeta", "enrichedData", "creator",
            "product-area", "itemUrl");

    static SruResponse parse(byte[] body) throws Fetched.BadContent {
        try {
            XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                return read(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new Fetched.BadContent("malformed SRU response: " + e.getMessage().replaceAll("\\s+", " "), true);
        }
    }

    private static SruResponse read(XMLStreamReader r) throws XMLStreamException, Fetched.BadContent {
        int total = -1;
        Integer next = null;
        List<Record> records = new ArrayList<>();
        List<String> diagnostics = new ArrayList<>();
        Set<String> other = new TreeSet<>();
        Deque<String> path = new ArrayDeque<>();
        Map<String, String> fields = null;
        Map<String, String> urls = null;
        Map<String, String> diagnostic = null;
        String manifestation = null;
        StringBuilder text = new StringBuilder();
        boolean root = true;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (root && !name.equals("searchRetrieveResponse")) {
                    throw new Fetched.BadContent("not an SRU response: the root element is <" + name + ">", false);
                }
                root = false;
                path.push(name);
                text.setLength(0);
                if (name.equals("record") && fields == null) {
                    fields = new LinkedHashMap<>();
                    urls = new LinkedHashMap<>();
                } else if (name.equals("diagnostic")) {
                    diagnostic = new LinkedHashMap<>();
                } else if (name.equals("itemUrl")) {
                    manifestation = r.getAttributeValue(null, "manifestation");
                } else if (fields != null && !READ.contains(name) && !KNOWN.contains(name)) {
                    other.add(name);
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String name = path.pop();
                String value = text.toString().strip();
                text.setLength(0);
                if (name.equals("record") && fields != null) {
                    records.add(new Record(fields, urls));
                    fields = null;
                    urls = null;
                } else if (fields != null && name.equals("itemUrl")) {
                    if (!value.isEmpty()) {
                        urls.putIfAbsent(manifestation == null ? "" : manifestation.toLowerCase(java.util.Locale.ROOT),
                                value);
                    }
                } else if (fields != null && READ.contains(name) && !value.isEmpty()) {
                    fields.putIfAbsent(name, value);
                } else if (diagnostic != null && !name.equals("diagnostic")) {
                    if (!value.isEmpty()) {
                        diagnostic.put(name, value);
                    }
                } else if (name.equals("diagnostic") && diagnostic != null) {
                    diagnostics.add(String.join(": ", diagnostic.values()));
                    diagnostic = null;
                } else if (fields == null && name.equals("numberOfRecords")) {
                    total = integer(value, -1);
                } else if (fields == null && name.equals("nextRecordPosition")) {
                    int n = integer(value, -1);
                    next = n > 0 ? n : null;
                }
            }
        }
        if (root) {
            throw new Fetched.BadContent("malformed SRU response: no elements", true);
        }
        return new SruResponse(total, next, records, diagnostics, other);
    }

    private static int integer(String s, int otherwise) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's own implementation, without DTDs or external entities (XXE-safe)
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }
}
