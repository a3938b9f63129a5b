package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.structure.Holes;
import de.kooperationsatlas.structure.Leiden;
import de.kooperationsatlas.structure.Sector;
import de.kooperationsatlas.structure.UndirectedGraph;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cooperation graph as GraphML for Gephi, yEd, Cytoscape and NetworkX: actors as nodes (keyed by
 * their id) with their attributes (since and until among them), cooperations as undirected edges with
 * kind, since, until, intensity and note. For a region, its actors by the contract's rule and only the
 * cooperations among them. For Gephi users each node also carries its sector, community and constraint
 * as the structure endpoints compute them today (see {@link Figures}).
 */
@Service
@Transactional(readOnly = true)
public class GraphMlExporter {

    /** The GraphML media type. */
    public static final String MEDIA_TYPE = "application/graphml+xml";

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** An actor's areas are its seat and what it serves; it belongs when one contains the region or lies in it. */
    private static final String BELONGS = """
            EXISTS { MATCH (%1$s)-[:SEATED_IN|SERVES]->(area)
                     WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags }""";

    private static final String NODES = """
            MATCH (a:Actor)
            WHERE $region IS NULL OR %s
            RETURN a.id AS id, a.name AS name, a.type AS type,
              head(COLLECT { MATCH (a)-[:SEATED_IN]->(s:Municipality) RETURN s.ags ORDER BY s.ags }) AS seat_ags,
              COLLECT { MATCH (a)-[:SERVES]->(r) RETURN r.ags } AS serves,
              COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code } AS life_phases,
              COLLECT { MATCH (a)-[:WORKS_ON]->(t:Topic) RETURN t.label } AS topics,
              a.website AS website, a.email AS email, a.phone AS phone, a.description AS description,
              a.since AS since, a.until AS until
            ORDER BY id""".formatted(BELONGS.formatted("a"));

    /** The exported nodes' ids, types and whether they are active at $asOf, for the structure figures. */
    private static final String NODE_TYPES = """
            MATCH (a:Actor)
            WHERE $region IS NULL OR %s
            RETURN a.id AS id, a.type AS type, %s AS active
            ORDER BY id""".formatted(BELONGS.formatted("a"), active("a"));

    /** The ends of the exported edges active at $asOf, for the structure figures. */
    private static final String EDGE_ENDS = """
            MATCH (x:Actor)-[c:COOPERATES_WITH]->(y:Actor)
            WHERE ($region IS NULL OR (%s AND %s)) AND %s
            RETURN x.id AS source, y.id AS target""".formatted(BELONGS.formatted("x"), BELONGS.formatted("y"), active("c"));

    /** {@link Dates#ACTIVE_RULE} for the variable {@code name}. */
    private static String active(String name) {
        return "(" + Dates.ACTIVE_RULE.replace("x.", name + ".") + ")";
    }

    private static final String EDGES = """
            MATCH (x:Actor)-[c:COOPERATES_WITH]->(y:Actor)
            WHERE $region IS NULL OR (%s AND %s)
            WITH c, CASE WHEN x.id < y.id THEN x.id ELSE y.id END AS a, CASE WHEN x.id < y.id THEN y.id ELSE x.id END AS b
            RETURN a AS source, b AS target, c.kind AS kind, c.since AS since, c.until AS until, c.intensity AS intensity,
              c.note AS note
            ORDER BY source, target""".formatted(BELONGS.formatted("x"), BELONGS.formatted("y"));

    /**
     * A GraphML attribute: its key id, its name ({@code attr.name}, what Gephi and NetworkX call the
     * attribute), what it is for, its type. Key ids are unique in a document, so the actors' since and
     * until have the ids {@code actor_since} and {@code actor_until} (the cooperations' are {@code since}
     * and {@code until}); their names are {@code since} and {@code until} on both.
     */
    private record Key(String id, String name, String domain, String type) {

        Key(String name, String domain, String type) {
            this(name, name, domain, type);
        }
    }

    private static final List<Key> NODE_KEYS = List.of(
            new Key("actor_id", "node", "string"),
            new Key("label", "node", "string"),
            new Key("name", "node", "string"),
            new Key("type", "node", "string"),
            new Key("seat_ags", "node", "string"),
            new Key("serves", "node", "string"),
            new Key("life_phases", "node", "string"),
            new Key("topics", "node", "string"),
            new Key("website", "node", "string"),
            new Key("email", "node", "string"),
            new Key("phone", "node", "string"),
            new Key("description", "node", "string"),
            new Key("actor_since", "since", "node", "string"),
            new Key("actor_until", "until", "node", "string"),
            new Key("sector", "node", "string"),
            new Key("community", "node", "int"),
            new Key("constraint", "node", "double"));

    private static final List<Key> EDGE_KEYS = List.of(
            new Key("kind", "edge", "string"),
            new Key("since", "edge", "string"),
            new Key("until", "edge", "string"),
            new Key("intensity", "edge", "int"),
            new Key("note", "edge", "string"));

    private final Neo4jClient neo4j;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    GraphMlExporter(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Writes the graph of the whole store, or of the region's actors when {@code region} is given, as
     * GraphML (UTF-8) to {@code out}, which stays open. The region is not checked here: an unknown one
     * gives an empty graph.
     */
    public void write(@Nullable String region, OutputStream out) {
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            newline(w, 0);
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", NS + " " + NS + "/1.0/graphml.xsd");
            for (Key key : NODE_KEYS) {
                writeKey(w, key);
            }
            for (Key key : EDGE_KEYS) {
                writeKey(w, key);
            }
            newline(w, 1);
            w.writeStartElement("graph");
            w.writeAttribute("id", nmtoken(region == null ? "kooperationsatlas" : "kooperationsatlas-" + region));
            w.writeAttribute("edgedefault", "undirected");
            Map<String, Object> params = new HashMap<>();
            params.put("region", region);
            params.put("asOf", Dates.today().toString());
            var figures = figures(params);
            each(NODES, params, r -> writeNode(w, r, figures));
            each(EDGES, params, r -> writeEdge(w, r));
            newline(w, 1);
            w.writeEndElement();
            newline(w, 0);
            w.writeEndElement();
            newline(w, 0);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write GraphML: " + e.getMessage(), e);
        }
    }

    private interface RowWriter {
        void write(Record record) throws XMLStreamException;
    }

    /** Streams the rows of a query into the writer, one at a time. */
    private void each(String cypher, Map<String, Object> params, RowWriter rows) throws XMLStreamException {
        try {
            neo4j.delegateTo(runner -> {
                        var result = runner.run(cypher, params);
                        while (result.hasNext()) {
                            try {
                                rows.write(result.next());
                            } catch (XMLStreamException e) {
                                throw new XmlFailure(e);
                            }
                        }
                        return Optional.empty();
                    })
                    .run();
        } catch (XmlFailure e) {
            throw e.cause;
        }
    }

    private static final class XmlFailure extends RuntimeException {
        private final XMLStreamException cause;

        XmlFailure(XMLStreamException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static void writeKey(XMLStreamWriter w, Key key) throws XMLStreamException {
        newline(w, 1);
        w.writeEmptyElement("key");
        w.writeAttribute("id", key.id());
        w.writeAttribute("for", key.domain());
        w.writeAttribute("attr.name", key.name());
        w.writeAttribute("attr.type", key.type());
    }

    /**
     * Sector, community and constraint of the exported nodes, computed by the structure package's
     * classes on the exported graph as it is today (its actors and cooperations active today: G(R) of
     * the structure endpoints): the contract's sector of the type (for every actor); the community's
     * position in the communities endpoint's list (0 = the largest, as Gephi numbers its modularity
     * classes), Leiden on modularity at resolution 1; Burt's constraint, none for an actor without
     * partners. An actor no longer (or not yet) active has a sector only.
     */
    private record Figures(
            Map<String, Integer> index, Map<String, String> sectors, int[] communities, double[] constraints) {}

    private Figures figures(Map<String, Object> params) throws XMLStreamException {
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> sectors = new HashMap<>();
        each(NODE_TYPES, params, r -> {
            String id = r.get("id").asString();
            sectors.put(
                    id,
                    Sector.ofType(r.get("type").isNull() ? null : r.get("type").asString())
                            .name());
            if (r.get("active").asBoolean()) {
                index.put(id, index.size());
            }
        });
        var from = new IntArrayBuilder();
        var to = new IntArrayBuilder();
        each(EDGE_ENDS, params, r -> {
            Integer a = index.get(r.get("source").asString());
            Integer b = index.get(r.get("target").asString());
            if (a != null && b != null) {
                from.add(a);
                to.add(b);
            }
        });
        var graph = UndirectedGraph.of(index.size(), from.toArray(), to.toArray());
        return new Figures(index, sectors, Leiden.partition(graph, 1.0), Holes.of(graph)[1]);
    }

    /** A growing int array (the edge ends, without boxing 400,000 of them). */
    private static final class IntArrayBuilder {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static void writeNode(XMLStreamWriter w, Record r, Figures figures) throws XMLStreamException {
        newline(w, 2);
        w.writeStartElement("node");
        String id = r.get("id").asString();
        w.writeAttribute("id", nmtoken(id));
        Integer v = figures.index().get(id);
        for (Key key : NODE_KEYS) {
            String value = switch (key.id()) {
                case "label" -> ExportService.cell("name", r.get("name"));
                case "actor_id" -> ExportService.cell("id", r.get("id"));
                case "sector" -> figures.sectors().getOrDefault(id, "");
                case "community" -> v == null ? "" : String.valueOf(figures.communities()[v]);
                case "constraint" ->
                    v == null || Double.isNaN(figures.constraints()[v]) ? "" : String.valueOf(figures.constraints()[v]);
                default -> ExportService.cell(key.name(), r.get(key.name()));
            };
            writeData(w, key.id(), value);
        }
        newline(w, 2);
        w.writeEndElement();
    }

    private static void writeEdge(XMLStreamWriter w, Record r) throws XMLStreamException {
        newline(w, 2);
        w.writeStartElement("edge");
        String source = r.get("source").asString();
        String target = r.get("target").asString();
        // The smaller id by code point first, as actor_a in cooperations.csv (Cypher's < goes by UTF-16 unit).
        boolean swap = ExportService.compareCodePoints(source, target) > 0;
        w.writeAttribute("source", nmtoken(swap ? target : source));
        w.writeAttribute("target", nmtoken(swap ? source : target));
        writeData(w, "kind", ExportService.cell("kind", r.get("kind")));
        writeData(w, "since", ExportService.cell("since", r.get("since")));
        writeData(w, "until", ExportService.cell("until", r.get("until")));
        writeData(w, "intensity", integer(r.get("intensity")));
        writeData(w, "note", ExportService.cell("note", r.get("note")));
        newline(w, 2);
        w.writeEndElement();
    }

    /** An absent value writes no {@code <data>}: readers then see the attribute as missing. */
    private static void writeData(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value.isEmpty()) {
            return;
        }
        newline(w, 3);
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(xmlText(value));
        w.writeEndElement();
    }

    /** Only whole numbers, as the key's {@code int} type promises; readers would fail on anything else. */
    private static String integer(Value value) {
        if (value.isNull()) {
            return "";
        }
        String text = String.valueOf(value.asObject()).strip();
        return text.matches("-?\\d{1,9}") ? text : "";
    }

    /**
     * An actor id as the GraphML schema's {@code xs:NMTOKEN} for node ids and edge ends: letters, digits,
     * {@code .}, {@code -} and {@code _} stay; any other character (a space, {@code /}, {@code &}, …) is
     * written as {@code _xHHHH_} (its code point in hex), and a {@code _} before {@code x} as
     * {@code _x005F_}, the SQL/XML name escaping (ISO/IEC 9075-14) that .NET's {@code XmlConvert} uses
     * too, so different ids stay different. The id itself is in the node's {@code actor_id} data.
     */
    static String nmtoken(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            i += Character.charCount(c);
            boolean escapeUnderscore = c == '_' && i < id.length() && id.charAt(i) == 'x';
            if (nameChar(c) && !escapeUnderscore) {
                out.appendCodePoint(c);
            } else {
                out.append(c > 0xFFFF ? "_x%06X_".formatted(c) : "_x%04X_".formatted(c));
            }
        }
        return out.isEmpty() ? "_x0020_" : out.toString();
    }

    /** A name character of XML 1.0 in every edition (conservative: ASCII, Latin-1 and Latin Extended-A letters). */
    private static boolean nameChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '-'
                || c == '_'
                || (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7);
    }

    /** Drops the characters XML 1.0 cannot carry (control characters, unpaired surrogates). */
    static String xmlText(String value) {
        StringBuilder clean = null;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int n = Character.charCount(c);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && clean == null) {
                clean = new StringBuilder(value.length()).append(value, 0, i);
            } else if (allowed && clean != null) {
                clean.appendCodePoint(c);
            }
            i += n;
        }
        return clean == null ? value : clean.toString();
    }

    private static void newline(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
