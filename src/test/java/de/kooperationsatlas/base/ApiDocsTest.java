package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document at {@code /api/docs/openapi.json} and Swagger UI at {@code /api/docs}. */
class ApiDocsTest extends StoreTestSupport {

    /** Every method and path of the contract's HTTP API table, and the writes the UI offers. */
    static final List<String> CONTRACT = List.of(
            "get /api/regions/{ags}",
            "get /api/actors",
            "get /api/actors/{id}",
            "put /api/actors/{id}",
            "delete /api/actors/{id}",
            "get /api/analysis/coverage",
            "get /api/analysis/transitions",
            "get /api/analysis/unconnected-peers",
            "get /api/analysis/isolated",
            "get /api/analysis/brokers",
            "get /api/actors/{id}/suggestions",
            "get /api/municipalities/{ags}/collaborators",
            "get /api/analysis/districts",
            "put /api/actors/{id}/cooperations/{other}",
            "delete /api/actors/{id}/cooperations/{other}",
            "post /api/import",
            "get /api/export",
            "get /api/export/graphml",
            "post /api/cypher",
            "get /api/networks",
            "get /api/networks/{id}",
            "put /api/networks/{id}",
            "delete /api/networks/{id}",
            "put /api/networks/{id}/members/{actor}",
            "delete /api/networks/{id}/members/{actor}",
            "get /api/chains",
            "get /api/chains/{id}",
            "put /api/chains/{id}",
            "delete /api/chains/{id}",
            "put /api/chains/{id}/contributors/{actor}",
            "delete /api/chains/{id}/contributors/{actor}",
            "get /api/events",
            "get /api/events/{id}",
            "put /api/events/{id}",
            "delete /api/events/{id}",
            "put /api/events/{id}/participants/{actor}",
            "delete /api/events/{id}/participants/{actor}",
            "get /api/users",
            "get /api/users/{name}",
            "put /api/users/{name}",
            "put /api/users/{name}/password");

    private final ObjectMapper json = new ObjectMapper();

    private String document() {
        var response = ApiClient.anonymous(port).get("/api/docs/openapi.json");
        assertThat(response.statusCode()).as("the document is public").isEqualTo(200);
        return response.body();
    }

    @Test
    void the_document_parses_and_validates_as_openapi() {
        var result = new OpenAPIV3Parser().readContents(document(), null, null);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(result.getOpenAPI().getInfo().getTitle()).isEqualTo("Kooperationsatlas API");
        var basic = result.getOpenAPI().getComponents().getSecuritySchemes().get("basicAuth");
        assertThat(basic.getType().toString()).isEqualTo("http");
        assertThat(basic.getScheme()).isEqualTo("basic");
        assertThat(result.getOpenAPI().getSecurity()).isNotEmpty();
    }

    @Test
    void every_path_of_the_contract_is_listed_and_described_in_english() throws Exception {
        JsonNode paths = json.readTree(document()).get("paths");
        List<String> listed = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    String key = method.getKey() + " " + path.getKey();
                    listed.add(key);
                    JsonNode operation = method.getValue();
                    if (operation.path("summary").asText().isBlank()) {
                        undescribed.add(key + ": summary");
                    }
                    operation.path("parameters").forEach(parameter -> {
                        if (parameter.path("description").asText().isBlank()) {
                            undescribed.add(key + ": parameter "
                                    + parameter.path("name").asText());
                        }
                    });
                    for (String status : List.of("400", "401", "500")) {
                        if (!operation.path("responses").has(status)) {
                            undescribed.add(key + ": response " + status);
                        }
                    }
                    operation.path("responses").properties().forEach(response -> {
                        if (response.getValue().path("description").asText().isBlank()) {
                            undescribed.add(key + ": response " + response.getKey());
                        }
                        if (response.getKey().matches("[45]\\d\\d")
                                && !response.getValue().path("content").has("application/problem+json")) {
                            undescribed.add(key + ": response " + response.getKey() + " is no problem");
                        }
                    });
                }));
        assertThat(listed).containsAll(CONTRACT);
        assertThat(undescribed).isEmpty();
        // Descriptions are English: no German field names or umlauts in the summaries.
        assertThat(paths.findValuesAsText("summary"))
                .allSatisfy(s -> assertThat(s).doesNotContainPattern("[äöüß]"));
    }

    @Test
    void the_cypher_endpoint_is_listed() throws Exception {
        assertThat(json.readTree(document()).get("paths").path("/api/cypher").has("post"))
                .isTrue();
    }

    @Test
    void swagger_ui_is_browsable_at_api_docs_without_signing_in() {
        var anonymous = ApiClient.anonymous(port);
        var docs = anonymous.get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        String location = docs.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/swagger-ui/index.html");
        var page = anonymous.get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI");
        var config = anonymous.get("/api/docs/openapi.json/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"url\":\"/api/docs/openapi.json\"");
    }
}
