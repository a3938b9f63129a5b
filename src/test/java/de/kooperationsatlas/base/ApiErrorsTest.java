package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Garbage to every endpoint of the OpenAPI document (so a new endpoint is covered without a new line):
 * unknown parameters, wrong types, huge numbers, unknown values, broken and ill-typed JSON, no body,
 * wrong content types, refused URLs. Each answer must be a 4xx problem without a trace of the code
 * behind it. Sent as ADMIN, so that no right masks the error; no garbage can write anything.
 */
class ApiErrorsTest extends StoreTestSupport {

    /** What an answer must never show. */
    static final List<String> INTERNALS = List.of(
            "Exception",
            "java.",
            "javax.",
            "jakarta.",
            "de.kooperationsatlas",
            "at org.",
            "org.springframework",
            "tools.jackson",
            "com.fasterxml",
            "org.neo4j",
            "\tat ",
            "Caused by");

    /** Free text, where any value is a fair question. */
    static final Set<String> FREE_TEXT = Set.of("q", "topic", "refresh");

    private final ObjectMapper json = new ObjectMapper();
    private ApiClient admin;
    private JsonNode document;

    @BeforeEach
    void load() throws Exception {
        // Signed in once: a password check per request would make hundreds of calls slow.
        admin = ApiClient.session(port, "admin", "admin-demo");
        document = json.readTree(
                ApiClient.anonymous(port).get("/api/docs/openapi.json").body());
    }

    @Test
    void garbage_to_every_endpoint_is_a_4xx_problem_without_internals() throws Exception {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (var path : document.get("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase();
                JsonNode operation = entry.getValue();
                for (var garbage : garbage(path.getKey(), method, operation).entrySet()) {
                    var request = garbage.getValue();
                    var response = admin.send(method, request.path(), request.body(), request.contentType());
                    calls++;
                    check(method + " " + request.path() + " (" + garbage.getKey() + ")", response, failures);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(calls).isGreaterThan(200);
    }

    @Test
    void the_frameworks_own_errors_are_problems_too() {
        List<String> failures = new ArrayList<>();
        var anonymous = ApiClient.anonymous(port);
        check("404 under /api", admin.get("/api/no-such-thing"), failures);
        check("405", admin.send("PATCH", "/api/actors/HZ-GA", "{}", "application/json"), failures);
        check("405 on a list", admin.send("POST", "/api/actors", "{}", "application/json"), failures);
        check("406", admin.send("GET", "/api/actors/HZ-GA", null, null, "Accept", "text/csv"), failures);
        check("415", admin.send("PUT", "/api/actors/HZ-GA", "name=x", "application/x-www-form-urlencoded"), failures);
        check("/error", anonymous.get("/error"), failures);
        check("/error signed in", admin.get("/error"), failures);
        check("401", anonymous.get("/api/actors"), failures);
        check("401 wrong password", ApiClient.basic(port, "admin", "wrong").get("/api/actors"), failures);
        check("encoded slash", admin.get("/api/actors/a%2Fb"), failures);
        check("semicolon", admin.get("/api/actors/a;b"), failures);
        check("dot segments", admin.get("/api/actors/%2e%2e/users"), failures);
        check("backslash", admin.get("/api/actors/a%5Cb"), failures);
        check("null byte", admin.get("/api/actors/a%00b"), failures);
        assertThat(failures).isEmpty();
        assertThat(admin.send("PATCH", "/api/actors/HZ-GA", "{}", "application/json")
                        .body())
                .contains("PATCH")
                .contains("GET")
                .contains("PUT")
                .contains("DELETE");
    }

    @Test
    void a_broken_body_says_what_and_where() throws Exception {
        var wrongType = admin.putJson("/api/actors/HZ-GA/cooperations/HZ-KV", "{\"intensity\": \"high\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json.readTree(wrongType.body()).get("detail").asText())
                .contains("'intensity'")
                .contains("whole number");
        var huge = admin.putJson("/api/actors/HZ-GA/cooperations/HZ-KV", "{\"intensity\": 99999999999999999999}");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(json.readTree(huge.body()).get("detail").asText()).contains("intensity");
        var unknown = admin.putJson("/api/actors/HZ-GA", "{\"name\": \"x\", \"lifephases\": []}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("detail").asText())
                .contains("Unknown field 'lifephases'")
                .contains("lifePhases");
        var enumValue = admin.putJson("/api/users/rm-nobody", "{\"roles\": [\"GOD\"], \"password\": \"0123456789\"}");
        assertThat(enumValue.statusCode()).isEqualTo(400);
        assertThat(json.readTree(enumValue.body()).get("detail").asText())
                .contains("GOD")
                .contains("ADMIN");
        var broken = admin.putJson("/api/actors/HZ-GA", "{\"name\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json.readTree(broken.body()).get("detail").asText()).contains("no valid JSON");
        var missing = admin.send("PUT", "/api/actors/HZ-GA", null, "application/json");
        assertThat(json.readTree(missing.body()).get("detail").asText()).contains("body is missing");
        var param = admin.get("/api/actors?regoin=15");
        assertThat(param.statusCode()).isEqualTo(400);
        // German by default, like the field messages; English when the client asks for it.
        assertThat(json.readTree(param.body()).get("detail").asText())
                .contains("Unbekannter Parameter „regoin“")
                .contains("region");
        assertThat(json.readTree(param.body()).get("errors").findValuesAsText("field"))
                .containsExactly("regoin");
        var english = admin.send("GET", "/api/actors?regoin=15", null, null, "Accept-Language", "en");
        assertThat(json.readTree(english.body()).get("detail").asText())
                .contains("Unknown parameter 'regoin'")
                .contains("region");
        var size = admin.get("/api/actors?size=201");
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(json.readTree(size.body()).get("detail").asText())
                .contains("size")
                .contains("200");
    }

    @Test
    void a_parameter_of_the_wrong_type_is_refused_in_german_unless_english_is_asked() throws Exception {
        var upload = ApiClient.multipart("networks.csv", "id;name\r\nN-1;Netz\r\n");
        var german = admin.sendBytes("POST", "/api/import?dryRun=vielleicht", upload.getValue(), upload.getKey());
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(json.readTree(german.body()).get("detail").asText())
                .isEqualTo("Der Parameter dryRun muss true oder false sein, nicht „vielleicht“.");
        assertThat(json.readTree(german.body()).get("errors").findValuesAsText("field"))
                .containsExactly("dryRun");
        var english = admin.sendBytes(
                "POST", "/api/import?dryRun=vielleicht", upload.getValue(), upload.getKey(), "Accept-Language", "en");
        assertThat(json.readTree(english.body()).get("detail").asText())
                .isEqualTo("The parameter dryRun must be true or false, not \"vielleicht\".");
    }

    private void check(String what, HttpResponse<String> response, List<String> failures) {
        String body = response.body() == null ? "" : response.body();
        if (response.statusCode() < 400 || response.statusCode() > 499) {
            failures.add(what + ": status " + response.statusCode() + " " + abbreviate(body));
            return;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").contains("application/problem+json")) {
            failures.add(what + ": content type " + response.headers().firstValue("Content-Type"));
        }
        INTERNALS.stream()
                .filter(body::contains)
                .forEach(internal -> failures.add(what + ": shows '" + internal + "': " + abbreviate(body)));
        try {
            JsonNode problem = json.readTree(body);
            if (problem.path("status").asInt() != response.statusCode()
                    || problem.path("detail").asText().isBlank()) {
                failures.add(what + ": incomplete problem " + abbreviate(body));
            }
        } catch (Exception e) {
            failures.add(what + ": no JSON " + abbreviate(body));
        }
    }

    record Garbage(String path, String body, String contentType) {}

    /** The garbage for one operation, by what it tries. */
    private Map<String, Garbage> garbage(String template, String method, JsonNode operation) {
        Map<String, Garbage> all = new LinkedHashMap<>();
        String path = template.replaceAll("\\{[^}]+}", "NOPE-\u00e4\u00f6-404");
        String encoded = template.replaceAll("\\{[^}]+}", enc("NOPE-\u00e4\u00f6-404"));
        JsonNode body = requestSchema(operation);
        String jsonBody = body == null ? null : "{}";
        String type = body == null ? null : "application/json";
        all.put("unknown parameter", new Garbage(encoded + "?bogus=1", jsonBody, type));
        if (!path.equals(template)) {
            all.put("unknown key", new Garbage(encoded, jsonBody, type));
            all.put("encoded slash in key", new Garbage(template.replaceAll("\\{[^}]+}", "a%2Fb"), jsonBody, type));
            all.put("semicolon in key", new Garbage(template.replaceAll("\\{[^}]+}", "a;b=c"), jsonBody, type));
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            String schemaType = parameter.path("schema").path("type").asText();
            if (FREE_TEXT.contains(name)) {
                continue;
            }
            List<String> values = switch (schemaType) {
                case "integer" -> List.of("99999999999999999999999", "-1", "abc", "1.5");
                case "number" -> List.of("abc", "1,5");
                case "boolean" -> List.of("maybe");
                default -> List.of("NOPE-\u00e4\u00f6-garbage", "' OR 1=1 --");
            };
            for (String value : values) {
                all.put(name + "=" + value, new Garbage(encoded + "?" + name + "=" + enc(value), jsonBody, type));
            }
        }
        if (body != null) {
            all.put("no body", new Garbage(encoded, null, "application/json"));
            all.put("not JSON", new Garbage(encoded, "this is not JSON", "application/json"));
            all.put("broken JSON", new Garbage(encoded, "{\"name\": ", "application/json"));
            all.put("a list for an object", new Garbage(encoded, "[1, 2]", "application/json"));
            all.put("unknown field", new Garbage(encoded, "{\"no_such_field\": 1}", "application/json"));
            all.put("wrong content type", new Garbage(encoded, "name=x", "text/plain"));
            body.path("properties").properties().forEach(property -> {
                String field = property.getKey();
                for (String value : wrongValues(property.getValue())) {
                    all.put(field + ": " + value, new Garbage(encoded, "{\"" + field + "\": " + value + "}", type));
                }
            });
        }
        if ("POST".equals(method)
                && operation.path("requestBody").path("content").has("multipart/form-data")) {
            all.put("JSON for multipart", new Garbage(path, "{}", "application/json"));
        }
        return all;
    }

    /** Values of the wrong type for a property's schema. */
    private static List<String> wrongValues(JsonNode schema) {
        String type = schema.path("type").isArray()
                ? schema.path("type").get(0).asText()
                : schema.path("type").asText();
        return switch (type) {
            case "integer" -> List.of("99999999999999999999999", "\"abc\"", "{}", "1e400");
            case "number" -> List.of("\"abc\"", "{}");
            case "boolean" -> List.of("\"maybe\"", "[]");
            case "array" -> List.of("{\"a\": 1}", "[{\"a\": 1}]", "[\"GOD-\u00e4\"]");
            // Never a valid string: that could be a fair value and write something.
            default ->
                "date".equals(schema.path("format").asText())
                        ? List.of("\"2023-13-45\"", "\"23.11.2023\"", "{\"nested\": true}")
                        : List.of("{\"nested\": true}", "[1, 2]");
        };
    }

    /** The JSON schema of the request body, resolved; null when the operation takes none. */
    private JsonNode requestSchema(JsonNode operation) {
        JsonNode schema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
            return null;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
