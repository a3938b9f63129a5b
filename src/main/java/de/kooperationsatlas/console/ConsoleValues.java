package de.kooperationsatlas.console;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns the driver's values into JSON-friendly ones and leaves out the app's internal data: nodes with
 * an internal label (users, console history, store markers), paths through them, maps that hold a
 * password hash, and strings equal to a stored password hash. Each left-out value becomes {@code null}
 * and is counted. Collects the distinct nodes and relationships for the graph.
 */
final class ConsoleValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();
    private static final String SECRET_KEY = "passwordHash";

    private final Set<String> secrets;
    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> relationships = new LinkedHashMap<>();
    private int hidden;

    /** @param secrets the stored password hashes, so that no answer carries one whatever the query */
    ConsoleValues(Set<String> secrets) {
        this.secrets = secrets;
    }

    int hidden() {
        return hidden;
    }

    ConsoleResult.Graph graph() {
        return new ConsoleResult.Graph(List.copyOf(nodes.values()), List.copyOf(relationships.values()));
    }

    @Nullable
    Object map(Value value) {
        if (value.isNull()) {
            return null;
        }
        if (value.hasType(TYPES.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(TYPES.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(TYPES.PATH())) {
            return path(value.asPath());
        }
        if (value.hasType(TYPES.LIST())) {
            List<@Nullable Object> list = new ArrayList<>(value.size());
            for (Value element : value.values()) {
                list.add(map(element));
            }
            return list;
        }
        if (value.hasType(TYPES.MAP())) {
            if (hasSecret(value.keys())) {
                hidden++;
                return null;
            }
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            for (String key : value.keys()) {
                map.put(key, map(value.get(key)));
            }
            return map;
        }
        if (value.hasType(TYPES.STRING())) {
            String text = value.asString();
            if (secrets.contains(text)) {
                hidden++;
                return null;
            }
            return text;
        }
        if (value.hasType(TYPES.INTEGER())) {
            return value.asLong();
        }
        if (value.hasType(TYPES.FLOAT())) {
            double number = value.asDouble();
            // JSON has no NaN or infinity.
            return Double.isFinite(number) ? number : Double.toString(number);
        }
        if (value.hasType(TYPES.BOOLEAN())) {
            return value.asBoolean();
        }
        if (value.hasType(TYPES.DATE_TIME())) {
            var dateTime = value.asZonedDateTime();
            // A named zone stays readable: 2024-05-01T10:00+02:00[Europe/Berlin]; an offset alone is plain ISO.
            return dateTime.getZone() instanceof java.time.ZoneOffset
                    ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime)
                    : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(dateTime);
        }
        if (value.hasType(TYPES.DATE())) {
            return value.asLocalDate().toString();
        }
        if (value.hasType(TYPES.LOCAL_DATE_TIME())) {
            return value.asLocalDateTime().toString();
        }
        if (value.hasType(TYPES.TIME())) {
            return value.asOffsetTime().toString();
        }
        if (value.hasType(TYPES.LOCAL_TIME())) {
            return value.asLocalTime().toString();
        }
        if (value.hasType(TYPES.DURATION())) {
            return value.asIsoDuration().toString();
        }
        if (value.hasType(TYPES.POINT())) {
            return point(value.asPoint());
        }
        if (value.hasType(TYPES.BYTES())) {
            return Base64.getEncoder().encodeToString(value.asByteArray());
        }
        return value.toString();
    }

    private @Nullable Map<String, Object> node(Node node) {
        for (String label : node.labels()) {
            if (QueryInspection.hidden(label)) {
                hidden++;
                return null;
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", node.elementId());
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        json.put("labels", labels);
        json.put("properties", properties(node.asMap(v -> v)));
        nodes.putIfAbsent(node.elementId(), json);
        return json;
    }

    private Map<String, Object> relationship(Relationship relationship) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", relationship.elementId());
        json.put("type", relationship.type());
        json.put("start", relationship.startNodeElementId());
        json.put("end", relationship.endNodeElementId());
        json.put("properties", properties(relationship.asMap(v -> v)));
        relationships.putIfAbsent(relationship.elementId(), json);
        return json;
    }

    private @Nullable Map<String, Object> path(Path path) {
        List<Object> pathNodes = new ArrayList<>();
        for (Node node : path.nodes()) {
            var json = node(node);
            if (json == null) {
                // A path through internal data is left out as a whole (counted once, for the node).
                return null;
            }
            pathNodes.add(json);
        }
        List<Object> pathRelationships = new ArrayList<>();
        for (Relationship relationship : path.relationships()) {
            pathRelationships.add(relationship(relationship));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("nodes", pathNodes);
        json.put("relationships", pathRelationships);
        return json;
    }

    private Map<String, Object> properties(Map<String, Value> properties) {
        Map<String, Object> json = new LinkedHashMap<>();
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!e.getKey().equals(SECRET_KEY)) {
                Object mapped = map(e.getValue());
                if (mapped != null) {
                    json.put(e.getKey(), mapped);
                }
            }
        });
        return json;
    }

    private static Map<String, Object> point(Point point) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("srid", point.srid());
        json.put("x", point.x());
        json.put("y", point.y());
        if (!Double.isNaN(point.z())) {
            json.put("z", point.z());
        }
        return json;
    }

    private static boolean hasSecret(Iterable<String> keys) {
        for (String key : keys) {
            if (key.equals(SECRET_KEY)) {
                return true;
            }
        }
        return false;
    }
}
