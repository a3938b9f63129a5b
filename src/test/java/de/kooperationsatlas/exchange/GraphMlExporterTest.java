package de.kooperationsatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.structure.StructureService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXParseException;

/** The GraphML export, read back with the JDK's DOM parser and checked against the store. */
class GraphMlExporterTest extends StoreTestSupport {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private static final String BELONGS = """
            EXISTS { MATCH (%1$s)-[:SEATED_IN|SERVES]->(area)
                     WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags }""";

    /**
     * The GraphML 1.0 schema of graphml.graphdrawing.org (graphml.xsd redefining graphml-structure.xsd,
     * which imports xlink.xsd), from {@code src/test/resources/graphml/} (see its SOURCE.md). No network:
     * only local files may be read, and the schema's official addresses map to the local copies.
     */
    private static final Schema GRAPHML_SCHEMA = graphMlSchema();

    @Autowired
    GraphMlExporter graphMl;

    @Autowired
    StructureService structure;

    private byte[] export(@Nullable String region) {
        var out = new ByteArrayOutputStream();
        graphMl.write(region, out);
        return out.toByteArray();
    }

    private Document graph(@Nullable String region) throws Exception {
        return parse(export(region));
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Schema graphMlSchema() {
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            var dom = (DOMImplementationLS)
                    DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String official = "http://graphml.graphdrawing.org/xmlns/1.0/";
                if (systemId == null || !systemId.startsWith(official)) {
                    return null;
                }
                var local = GraphMlExporterTest.class.getResource("/graphml/" + systemId.substring(official.length()));
                if (local == null) {
                    return null;
                }
                LSInput input = dom.createLSInput();
                input.setSystemId(local.toString());
                return input;
            });
            return factory.newSchema(GraphMlExporterTest.class.getResource("/graphml/graphml.xsd"));
        } catch (Exception e) {
            throw new IllegalStateException("GraphML schema not loadable: " + e.getMessage(), e);
        }
    }

    /** Validates against the GraphML schema; the first violation fails with its line and message. */
    private static void validate(byte[] xml) throws Exception {
        Validator validator = GRAPHML_SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(NS, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static @Nullable String data(Element element, String key) {
        NodeList list = element.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < list.getLength(); i++) {
            var data = (Element) list.item(i);
            if (data.getAttribute("key").equals(key)) {
                return data.getTextContent();
            }
        }
        return null;
    }

    @Test
    void the_whole_graph_has_every_actor_as_a_node_and_every_cooperation_as_an_undirected_edge() throws Exception {
        var doc = graph(null);
        var graph = elements(doc, "graph").getFirst();
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
        assertThat(elements(doc, "node")).hasSize((int) count("MATCH (a:Actor) RETURN count(a)"));
        assertThat(elements(doc, "edge"))
                .hasSize((int) count("MATCH (:Actor)-[c:COOPERATES_WITH]->(:Actor) RETURN count(c)"));
        var lvg = elements(doc, "node").stream()
                .filter(n -> n.getAttribute("id").equals("ST-LVG"))
                .findFirst()
                .orElseThrow();
        assertThat(data(lvg, "type")).isEqualTo("ASSOCIATION");
        assertThat(data(lvg, "seat_ags")).isEqualTo("15003000");
        assertThat(data(lvg, "life_phases")).isEqualTo("DAYCARE|PRIMARY_SCHOOL|SECONDARY_SCHOOL|WORKING_LIFE|OLD_AGE");
        assertThat(data(lvg, "label")).isEqualTo(data(lvg, "name")).startsWith("Landesvereinigung");
        var edge = elements(doc, "edge").stream()
                .filter(e -> e.getAttribute("source").equals("HZ-GA")
                        && e.getAttribute("target").equals("ST-KGC"))
                .findFirst()
                .orElseThrow();
        assertThat(data(edge, "kind")).isEqualTo("PROJECT");
        assertThat(data(edge, "since")).isEqualTo("2023-04-24");
        assertThat(data(edge, "intensity")).isEqualTo("2");
    }

    @Test
    void every_data_element_refers_to_a_key_declared_for_its_element() throws Exception {
        var doc = graph(null);
        Map<String, Set<String>> keys = Map.of("node", new HashSet<>(), "edge", new HashSet<>());
        for (Element key : elements(doc, "key")) {
            keys.get(key.getAttribute("for")).add(key.getAttribute("id"));
            assertThat(key.getAttribute("attr.type")).isIn("string", "int", "double");
        }
        assertThat(keys.get("node")).contains("name", "type", "seat_ags", "serves", "life_phases", "topics");
        assertThat(keys.get("edge")).containsExactlyInAnyOrder("kind", "since", "until", "intensity", "note");
        assertThat(keys.get("node")).contains("actor_since", "actor_until");
        for (Element data : elements(doc, "data")) {
            String owner = data.getParentNode().getLocalName();
            assertThat(keys.get(owner)).contains(data.getAttribute("key"));
        }
    }

    @Test
    void a_region_exports_its_actors_and_only_the_cooperations_among_them() throws Exception {
        var doc = graph("15085");
        var region = Map.<String, Object>of("region", "15085");
        long actors = count("MATCH (a:Actor) WHERE " + BELONGS.formatted("a") + " RETURN count(a)", region);
        long cooperations = count(
                "MATCH (x:Actor)-[c:COOPERATES_WITH]->(y:Actor) WHERE " + BELONGS.formatted("x") + " AND "
                        + BELONGS.formatted("y") + " RETURN count(c)",
                region);
        assertThat(actors).isLessThan(count("MATCH (a:Actor) RETURN count(a)"));
        assertThat(elements(doc, "node")).hasSize((int) actors);
        assertThat(elements(doc, "edge")).hasSize((int) cooperations).isNotEmpty();
        Set<String> ids = new HashSet<>();
        elements(doc, "node").forEach(n -> ids.add(n.getAttribute("id")));
        // State-level actors serve 15 and so belong to the district; Gera's do not.
        assertThat(ids).contains("HZ-LK", "HZ-GA", "ST-LVG").doesNotContain("GERA-AGV");
        for (Element edge : elements(doc, "edge")) {
            assertThat(ids).contains(edge.getAttribute("source"), edge.getAttribute("target"));
        }
    }

    @Test
    void the_whole_graph_and_a_region_validate_against_the_graphml_schema() throws Exception {
        byte[] whole = export(null);
        validate(whole);
        validate(export("15085"));
        assertThat(elements(parse(whole), "node")).isNotEmpty();

        // The validation is real: a node id that is no name token, or an unknown attribute, is refused.
        String text = new String(whole, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> validate(text.replace("<node id=\"ST-LVG\"", "<node id=\"ST LVG\"")
                        .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("NMTOKEN");
        assertThatThrownBy(() -> validate(text.replace("edgedefault=\"undirected\"", "edgedefault=\"both\"")
                        .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXParseException.class);
    }

    @Test
    void ids_that_are_no_xml_name_tokens_are_escaped_and_the_graph_still_validates() throws Exception {
        String id = "GML Test/1 & _x";
        neo4j.query("""
                        MATCH (m:Municipality {ags: '15003000'}), (lvg:Actor {id: 'ST-LVG'})
                        CREATE (a:Actor {id: $id, name: 'GraphML-Test', type: 'SPORTS'})-[:SEATED_IN]->(m)
                        CREATE (a)-[:COOPERATES_WITH {kind: 'PROJECT'}]->(lvg)""").bind(id).to("id").run();
        try {
            byte[] xml = export(null);
            validate(xml);
            validate(export("15"));
            String escaped = "GML_x0020_Test_x002F_1_x0020__x0026__x0020__x005F_x";
            var node = elements(parse(xml), "node").stream()
                    .filter(n -> n.getAttribute("id").equals(escaped))
                    .findFirst()
                    .orElseThrow();
            assertThat(data(node, "actor_id")).isEqualTo(id);
            assertThat(elements(parse(xml), "edge"))
                    .anyMatch(e -> e.getAttribute("source").equals(escaped)
                            && e.getAttribute("target").equals("ST-LVG"));
        } finally {
            neo4j.query("MATCH (a:Actor {id: $id}) DETACH DELETE a")
                    .bind(id)
                    .to("id")
                    .run();
        }
    }

    @Test
    void actors_carry_their_since_and_until_and_cooperations_their_until() throws Exception {
        neo4j.query("""
                        MATCH (m:Municipality {ags: '15003000'}), (lvg:Actor {id: 'ST-LVG'})
                        CREATE (a:Actor {id: 'GML-TIME', name: 'GraphML-Zeit', type: 'SPORTS', since: '2019',
                                         until: '2024-06-30'})-[:SEATED_IN]->(m)
                        CREATE (a)-[:COOPERATES_WITH {kind: 'PROJECT', since: '2020-02-01', until: '2023'}]->(lvg)""").run();
        try {
            byte[] xml = export(null);
            validate(xml);
            var doc = parse(xml);
            // Key ids are unique in a document: the actors' keys are actor_since and actor_until, named since
            // and until.
            Map<String, String> names = new HashMap<>();
            for (Element key : elements(doc, "key")) {
                names.put(key.getAttribute("for") + ":" + key.getAttribute("id"), key.getAttribute("attr.name"));
            }
            assertThat(names)
                    .containsEntry("node:actor_since", "since")
                    .containsEntry("node:actor_until", "until")
                    .containsEntry("edge:since", "since")
                    .containsEntry("edge:until", "until");
            var node = elements(doc, "node").stream()
                    .filter(n -> n.getAttribute("id").equals("GML-TIME"))
                    .findFirst()
                    .orElseThrow();
            assertThat(data(node, "actor_since")).isEqualTo("2019");
            assertThat(data(node, "actor_until")).isEqualTo("2024-06-30");
            var edge = elements(doc, "edge").stream()
                    .filter(e -> e.getAttribute("source").equals("GML-TIME")
                            && e.getAttribute("target").equals("ST-LVG"))
                    .findFirst()
                    .orElseThrow();
            assertThat(data(edge, "since")).isEqualTo("2020-02-01");
            assertThat(data(edge, "until")).isEqualTo("2023");
            // Without since and until an actor has no such data.
            var lvg = elements(doc, "node").stream()
                    .filter(n -> n.getAttribute("id").equals("ST-LVG"))
                    .findFirst()
                    .orElseThrow();
            assertThat(data(lvg, "actor_until")).isNull();
        } finally {
            neo4j.query("MATCH (a:Actor {id: 'GML-TIME'}) DETACH DELETE a").run();
        }
    }

    @Test
    void name_tokens_stay_as_they_are() {
        assertThat(GraphMlExporter.nmtoken("ST-LVG")).isEqualTo("ST-LVG");
        assertThat(GraphMlExporter.nmtoken("Kita_Süd.2")).isEqualTo("Kita_Süd.2");
        assertThat(GraphMlExporter.nmtoken("a b")).isNotEqualTo(GraphMlExporter.nmtoken("a_x0020_b"));
        assertThat(GraphMlExporter.nmtoken("😀")).isEqualTo("_x01F600_");
    }

    @Test
    void characters_that_xml_cannot_carry_are_dropped() {
        assertThat(GraphMlExporter.xmlText("a\u0001b\u0000c\tz😀")).isEqualTo("abc\tz😀");
        assertThat(GraphMlExporter.xmlText("lone \uD800 surrogate")).isEqualTo("lone  surrogate");
        assertThat(GraphMlExporter.xmlText("Gesundheitsförderung")).isEqualTo("Gesundheitsförderung");
    }

    @Test
    void every_node_carries_sector_community_and_constraint_as_the_structure_endpoints_give_them() throws Exception {
        try (var in = getClass().getResourceAsStream("/structure/fixtures.cypher")) {
            CypherScripts.split(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .forEach(statement -> neo4j.query(statement).run());
        }
        var today = Dates.today();
        // Two triangles joined by one edge, three sectors with an isolated actor, the Harz demo district.
        for (String region : List.of("09564", "09761", "15085")) {
            byte[] xml = export(region);
            validate(xml);
            var doc = parse(xml);
            Map<String, Element> keys = new HashMap<>();
            elements(doc, "key").forEach(k -> keys.put(k.getAttribute("id"), k));
            assertThat(List.of("sector", "community", "constraint"))
                    .allSatisfy(
                            id -> assertThat(keys.get(id).getAttribute("for")).isEqualTo("node"));
            assertThat(keys.get("sector").getAttribute("attr.type")).isEqualTo("string");
            assertThat(keys.get("community").getAttribute("attr.type")).isEqualTo("int");
            assertThat(keys.get("constraint").getAttribute("attr.type")).isEqualTo("double");
            assertThat(keys.get("constraint").getAttribute("attr.name")).isEqualTo("constraint");

            var holes = structure.structuralHoles(region, Integer.MAX_VALUE, today);
            var communities = structure.communities(region, 1.0, today);
            var brokerage = structure.brokerage(region, Integer.MAX_VALUE, today);
            Map<String, Element> nodes = new HashMap<>();
            elements(doc, "node").forEach(n -> nodes.put(data(n, "actor_id"), n));
            // The figures are those of G(R) today; an actor no longer active has its sector only.
            var active = holes.actors().stream().map(a -> a.id()).toList();
            assertThat(nodes.keySet()).as(region).containsAll(active);
            nodes.forEach((id, node) -> {
                assertThat(data(node, "sector")).as(id).isNotNull();
                if (!active.contains(id)) {
                    assertThat(data(node, "community")).as(id).isNull();
                    assertThat(data(node, "constraint")).as(id).isNull();
                }
            });
            if (region.equals("15085")) {
                assertThat(nodes).containsKey("HZ-KITA-WR");
                assertThat(active).doesNotContain("HZ-KITA-WR");
            }
            for (var actor : holes.actors()) {
                String constraint = data(nodes.get(actor.id()), "constraint");
                if (actor.constraint() == null) {
                    assertThat(constraint).as(actor.id()).isNull();
                } else {
                    assertThat(Double.parseDouble(constraint))
                            .as(actor.id())
                            .isCloseTo(actor.constraint(), within(1e-12));
                }
            }
            for (int c = 0; c < communities.communities().size(); c++) {
                for (String id : communities.communities().get(c).actors()) {
                    assertThat(data(nodes.get(id), "community")).as(id).isEqualTo(String.valueOf(c));
                }
            }
            for (var broker : brokerage.actors()) {
                assertThat(data(nodes.get(broker.id()), "sector"))
                        .as(broker.id())
                        .isEqualTo(broker.sector());
            }
            if (region.equals("09564")) {
                assertThat(communities.communities()).hasSize(2);
                assertThat(data(nodes.get("SX-T1"), "sector")).isEqualTo("EDUCATION");
                assertThat(data(nodes.get("SX-T4"), "sector")).isEqualTo("HEALTH");
            }
        }
    }
}
