package de.kooperationsatlas.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.StoreTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** {@code GET /api/regions/{ags}} over real HTTP, as a script calls it. */
class RegionApiTest extends StoreTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_municipality_answers_with_its_district_and_state_as_parents() throws Exception {
        var response = get("/api/regions/15085135", "viewer", "viewer-demo");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("ags").asText()).isEqualTo("15085135");
        assertThat(body.get("name").asText()).startsWith("Halberstadt");
        assertThat(body.get("level").asText()).isEqualTo("MUNICIPALITY");
        assertThat(body.get("population").asLong()).isPositive();
        assertThat(body.get("parents").findValuesAsText("ags")).containsExactly("15", "15085");
        assertThat(body.get("parents").findValuesAsText("level")).containsExactly("STATE", "DISTRICT");
        assertThat(body.get("children")).isEmpty();
    }

    @Test
    void a_district_lists_its_municipalities_as_children() throws Exception {
        JsonNode body =
                json.readTree(get("/api/regions/15085", "viewer", "viewer-demo").body());
        assertThat(body.get("level").asText()).isEqualTo("DISTRICT");
        assertThat(body.get("kind").asText()).isEqualTo("Landkreis");
        assertThat(body.get("children").findValuesAsText("ags"))
                .contains("15085135")
                .allMatch(a -> a.startsWith("15085"));
        assertThat(body.get("parents").findValuesAsText("ags")).containsExactly("15");
    }

    @Test
    void without_credentials_the_answer_is_401_not_a_redirect() throws Exception {
        var response = get("/api/regions/15", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void a_wrong_password_is_401() throws Exception {
        assertThat(get("/api/regions/15", "viewer", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void an_unknown_key_is_a_404_problem_naming_it() throws Exception {
        var response = get("/api/regions/99999999", "viewer", "viewer-demo");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("detail").asText()).contains("99999999");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at de.");
        assertThat(get("/api/regions/abc", "viewer", "viewer-demo").statusCode())
                .isEqualTo(404);
    }
}
