package de.kooperationsatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.StoreTestSupport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@code GET /api/export} and {@code GET /api/export/graphml} over real HTTP, as a script calls them. */
class ExportApiTest extends StoreTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, @Nullable String user, @Nullable String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void without_credentials_the_export_is_401() throws Exception {
        assertThat(get("/api/export", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/export/graphml", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_viewer_gets_the_zip_as_an_attachment() throws Exception {
        var response = get("/api/export", "viewer", "viewer-demo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kooperationsatlas-export.zip\"");
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).hasSize(8).startsWith("actors.csv", "cooperations.csv");
    }

    @Test
    void a_viewer_gets_the_graphml_of_a_region() throws Exception {
        var response = get("/api/export/graphml?region=15085", "viewer", "viewer-demo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/graphml+xml"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kooperationsatlas-15085.graphml\"");
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .startsWith("<?xml")
                .contains("edgedefault=\"undirected\"", "<node id=\"HZ-LK\">");
    }

    @Test
    void the_graphml_of_an_unknown_region_is_a_404_problem_naming_it() throws Exception {
        var response = get("/api/export/graphml?region=99999", "viewer", "viewer-demo");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("99999");
    }
}
