package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document tells the truth: every GET operation is called with values from the demo data, and
 * its real JSON answer is validated against the operation's response schema (JSON Schema 2020-12, as
 * OpenAPI 3.1 uses it), {@code required} lists and nullable fields included.
 */
class ApiAnswersTest extends StoreTestSupport {

    /** Values for path and query parameters, by operation path first, then by parameter name. */
    private static final Map<String, Map<String, String>> VALUES_BY_PATH = Map.of(
            "/api/regions/{ags}", Map.of("ags", "15085"),
            "/api/municipalities/{ags}/collaborators", Map.of("ags", "15085135", "phase", "DAYCARE"),
            "/api/map/states/{state}/municipalities", Map.of("state", "15"),
            "/api/users/{name}", Map.of("name", "admin"),
            "/api/chains/{id}", Map.of("id", "GERA-PK"),
            "/api/networks/{id}", Map.of("id", "HZ-STEUERKREIS"),
            "/api/events/{id}", Map.of("id", "HZ-GK-2023-11-23"),
            "/api/actors/{id}/paths/{other}", Map.of("id", "HZ-GA", "other", "HZ-KSB"));

    private static final Map<String, String> VALUES = Map.of(
            "region", "15085",
            "id", "HZ-GA",
            "actor", "HZ-GA",
            "state", "15",
            "ags", "15085");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_get_operation_answers_what_the_document_says() {
        JsonNode document = json.readTree(
                ApiClient.anonymous(port).get("/api/docs/openapi.json").body());
        var admin = ApiClient.demo(port, "admin");
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        document.get("paths").properties().forEach(entry -> {
            String path = entry.getKey();
            JsonNode get = entry.getValue().get("get");
            if (get == null) {
                return;
            }
            Optional<JsonNode> schema = jsonSchema(get.path("responses").path("200"));
            if (schema.isEmpty()) {
                return; // downloads (ZIP, GraphML, CSV): not JSON
            }
            String uri = uri(path, get);
            var response = admin.get(uri);
            if (response.statusCode() != 200) {
                problems.add(uri + ": " + response.statusCode() + " " + response.body());
                return;
            }
            ObjectNode root = json.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.setAll((ObjectNode) schema.get().deepCopy());
            // The operation's schema refers to #/components/schemas/…: carried along in the same root.
            root.set("components", document.get("components"));
            var errors = registry.getSchema(root.toString(), com.networknt.schema.InputFormat.JSON)
                    .validate(json.readTree(response.body()));
            errors.forEach(error -> problems.add(uri + ": " + error.getInstanceLocation() + " " + error.getMessage()));
            checked.add(uri);
        });
        assertThat(problems).isEmpty();
        assertThat(checked)
                .as("JSON operations checked")
                .hasSizeGreaterThanOrEqualTo(20)
                .anyMatch(uri -> uri.startsWith("/api/graph"))
                .anyMatch(uri -> uri.startsWith("/api/map/districts"))
                .anyMatch(uri -> uri.startsWith("/api/actors/HZ-GA"));
    }

    @Test
    void nullable_fields_are_nullable_and_the_others_required() {
        JsonNode schemas = json.readTree(
                        ApiClient.anonymous(port).get("/api/docs/openapi.json").body())
                .get("components")
                .get("schemas");
        JsonNode actor = schemas.get("Actor");
        assertThat(actor).as("the actor's schema").isNotNull();
        for (String field : List.of("website", "email", "phone", "description")) {
            assertThat(actor.get("properties").get(field).get("type").toString())
                    .as(field)
                    .contains("\"null\"");
        }
        assertThat(actor.get("required").toString()).contains("\"id\"", "\"name\"", "\"networks\"", "\"events\"");
        assertThat(actor.get("required").toString()).doesNotContain("\"website\"");
    }

    private static Optional<JsonNode> jsonSchema(JsonNode response) {
        for (var media : response.path("content").properties()) {
            if (media.getKey().contains("json")) {
                return Optional.of(media.getValue().path("schema"));
            }
        }
        return Optional.empty();
    }

    /** The path with its parameters filled in, and the required query parameters (plus region) appended. */
    private static String uri(String path, JsonNode operation) {
        var values = VALUES_BY_PATH.getOrDefault(path, Map.of());
        String filled = path;
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            String value = values.getOrDefault(name, VALUES.get(name));
            switch (parameter.path("in").asString()) {
                case "path" -> filled = filled.replace("{" + name + "}", String.valueOf(value));
                case "query" -> {
                    boolean wanted =
                            parameter.path("required").asBoolean() || name.equals("region") || values.containsKey(name);
                    if (value != null && wanted) {
                        query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                    }
                }
                default -> {}
            }
        }
        return query.isEmpty() ? filled : filled + "?" + String.join("&", query);
    }
}
