package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests the server cannot take apart, and who may read the store's files. */
class OddRequestsTest extends StoreTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private DataFolder data;

    private ApiClient admin() {
        return ApiClient.session(port, "admin", ApiClient.DEMO_PASSWORDS.get("admin"));
    }

    @Test
    void a_multipart_request_without_a_boundary_is_a_400_problem() throws Exception {
        var response =
                admin().sendBytes("POST", "/api/import", "x".getBytes(StandardCharsets.UTF_8), "multipart/form-data");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("multipart/form-data");
    }

    @Test
    void a_multipart_request_whose_boundary_does_not_match_is_answered_as_a_client_error() throws Exception {
        var response = admin().sendBytes(
                        "POST",
                        "/api/import",
                        "--other\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nid\r\n"
                                .getBytes(StandardCharsets.UTF_8),
                        "multipart/form-data; boundary=atlas",
                        "Accept-Language",
                        "en");
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void outside_the_api_a_browser_gets_an_error_page_in_its_language_and_only_the_api_answers_json() throws Exception {
        var viewer = ApiClient.session(port, "viewer", ApiClient.DEMO_PASSWORDS.get("viewer"));
        // A refused URL (the firewall's 400) with markup in it, asked for by a browser.
        var refused = viewer.send("GET", "/x;y'onmouseover='alert(1)", null, null, "Accept", "text/html,*/*;q=0.8");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body())
                .contains("<html lang='de'>")
                .contains("Anfrage nicht möglich")
                .contains("Request not possible")
                .contains("/x;y&#39;onmouseover=&#39;alert(1)")
                .doesNotContain("'onmouseover")
                .contains("href='/'");
        // A mistyped address reaches the app (its router shows "Seite nicht gefunden"), not a 403 problem.
        var file = viewer.send("GET", "/handbuch.pdf", null, null, "Accept", "text/html");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        // The same for a script: problem+json; and under /api always JSON.
        var script = viewer.send("GET", "/x;y", null, null, "Accept", "application/json");
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var api = viewer.send("GET", "/api/x;y", null, null, "Accept", "text/html");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void the_data_folder_and_the_store_files_are_their_owners_alone() throws Exception {
        Path root = data.root();
        assertThat(Files.getPosixFilePermissions(root))
                .containsExactlyInAnyOrder(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);
        List<Path> readableByOthers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("neo4j"))) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Set<PosixFilePermission> rights = Files.getPosixFilePermissions(file);
                    if (rights.contains(PosixFilePermission.OTHERS_READ)
                            || rights.contains(PosixFilePermission.GROUP_READ)) {
                        readableByOthers.add(file);
                    }
                } catch (java.io.IOException e) {
                    // rotated away meanwhile
                }
            });
        }
        // Files Neo4j made at start (store files, transaction logs) were tightened; the folder's 0700
        // covers those it makes later.
        assertThat(readableByOthers.stream()
                        .filter(p -> p.toString().contains("neostore")
                                || p.toString().contains("transactions"))
                        .toList())
                .isEmpty();
    }
}
