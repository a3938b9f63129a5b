package de.kooperationsatlas.exchange;

import static de.kooperationsatlas.exchange.ImportReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.StoreTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/import} over real HTTP, with a hand-built multipart body as a script sends it. */
class ImportApiTest extends StoreTestSupport {

    private static final String BOUNDARY = "----imp-boundary-7MA4YWxkTrZu0gW";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void removeImportedData() {
        neo4j.query("""
                        MATCH (x) WHERE (x:Actor OR x:Network OR x:PreventionChain OR x:Event) AND x.id STARTS WITH 'IMP-'
                        DETACH DELETE x""").run();
        neo4j.query("MATCH (t:Topic {code: $code}) DETACH DELETE t")
                .bind("importtest-thema")
                .to("code")
                .run();
    }

    private HttpResponse<String> post(
            String query, String user, String password, Map<String, byte[]> parts, String language) throws Exception {
        var body = new ByteArrayOutputStream();
        for (var part : parts.entrySet()) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + part.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(part.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import" + query))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, byte[]> folder(String name) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<java.nio.file.Path> list = Files.list(resource(name))) {
            for (var path : list.sorted().toList()) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    @Test
    void an_admin_imports_a_zip_and_gets_the_counts() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        folder("clean").forEach((name, bytes) -> entries.put("bundle/" + name, bytes));
        var response = post("", "admin", "admin-demo", Map.of("bundle.zip", ImportReaderTest.zip(entries)), "de");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("dryRun").asBoolean()).isFalse();
        assertThat(body.get("created").get("actors").asLong()).isEqualTo(3);
        assertThat(body.get("created").get("cooperations").asLong()).isEqualTo(2);
        assertThat(body.get("updated").get("actors").asLong()).isZero();
        assertThat(body.get("detected").get("actors.csv").get("encoding").asText())
                .isEqualTo("UTF-8");
        assertThat(body.get("detected").get("actors.csv").get("delimiter").asText())
                .isEqualTo(",");
        assertThat(body.get("detected").get("actors.csv").get("rows").asLong()).isEqualTo(3);
        assertThat(body.get("errors")).isEmpty();
        assertThat(body.get("warnings")).isEmpty();
        assertThat(count("MATCH (a:Actor) WHERE a.id STARTS WITH 'IMP-' AND a.createdBy = 'admin' RETURN count(a)"))
                .isEqualTo(3);
    }

    @Test
    void several_csv_parts_with_problems_answer_422_problem_json_and_write_nothing() throws Exception {
        var response = post("?dryRun=true", "admin", "admin-demo", folder("problems"), "en");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("dryRun").asBoolean()).isTrue();
        assertThat(body.get("created").get("actors").asLong()).isZero();
        JsonNode first = body.get("errors").get(0);
        assertThat(first.get("file").asText()).isEqualTo("actors.csv");
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("column").asText()).isEqualTo("type");
        assertThat(first.get("message").asText()).isEqualTo("The required column \"type\" is missing.");
        assertThat(body.get("errors")).hasSize(12);
        // The two keys that lost their leading zero are put right and listed as warnings.
        JsonNode warning = body.get("warnings").get(0);
        assertThat(body.get("warnings")).hasSize(2);
        assertThat(warning.get("file").asText()).isEqualTo("actors.csv");
        assertThat(warning.get("line").asInt()).isEqualTo(2);
        assertThat(warning.get("column").asText()).isEqualTo("seat_ags");
        assertThat(warning.get("message").asText())
                .isEqualTo("\"1001000\" had one digit too few (the spreadsheet probably read the key as a number);"
                        + " taken as \"01001000\". Please format the column as text.");
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(count("MATCH (a:Actor) WHERE a.id STARTS WITH 'IMP-' RETURN count(a)"))
                .isZero();
    }

    @Test
    void a_viewer_may_not_import() throws Exception {
        var response = post("", "viewer", "viewer-demo", folder("clean"), "de");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(count("MATCH (a:Actor) WHERE a.id STARTS WITH 'IMP-' RETURN count(a)"))
                .isZero();
    }

    @Test
    void a_large_generated_bundle_imports_at_a_measurable_speed() throws Exception {
        // Not a benchmark: a sanity figure for the report, kept small enough for the suite.
        int actors = 5_000;
        var actorCsv = new StringBuilder("id,name,type,seat_ags,life_phases,topics\n");
        var cooperationCsv = new StringBuilder("actor_a,actor_b,kind,since,intensity\n");
        List<String> seats = List.of("09162000", "09184112", "09184113", "09161000");
        for (int i = 0; i < actors; i++) {
            actorCsv.append("IMP-L%05d,Akteur %d,OTHER,%s,DAYCARE|OLD_AGE,Bewegungsförderung\n"
                    .formatted(i, i, seats.get(i % seats.size())));
            for (int k = 1; k <= 4; k++) {
                cooperationCsv.append("IMP-L%05d,IMP-L%05d,PROJECT,2024,2\n".formatted(i, (i + k * 7) % actors));
            }
        }
        long start = System.nanoTime();
        var response = post(
                "",
                "admin",
                "admin-demo",
                Map.of(
                        "actors.csv", actorCsv.toString().getBytes(StandardCharsets.UTF_8),
                        "cooperations.csv", cooperationCsv.toString().getBytes(StandardCharsets.UTF_8)),
                "de");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        int rows = actors * 5;
        System.out.printf("Import speed: %d rows in %.2f s = %.0f rows/s%n", rows, seconds, rows / seconds);
        assertThat(json.readTree(response.body()).get("created").get("actors").asLong())
                .isEqualTo(actors);
    }
}
