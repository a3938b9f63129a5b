package de.kooperationsatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.structure.TimeFixture;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The outlines as the map gets them: from the shipped GeoJSON files, slimmed, per state, over HTTP. */
class BoundariesTest extends StoreTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Boundaries boundaries;

    @Autowired
    MapService maps;

    private final HttpClient http = HttpClient.newHttpClient();

    private static List<String> keys(JsonNode collection) {
        var keys = new ArrayList<String>();
        collection.get("features").forEach(f -> {
            var properties = f.get("properties");
            // The shipped files name the key AGS, the map's answers ags.
            keys.add((properties.has("ags") ? properties.get("ags") : properties.get("AGS")).asString());
        });
        return keys;
    }

    private static JsonNode shipped(String level) throws Exception {
        try (InputStream in = new ClassPathResource("reference/boundaries/" + level + ".geojson").getInputStream()) {
            return JSON.readTree(in);
        }
    }

    @Test
    void all_401_districts_are_sent_with_key_and_name_only_and_smaller_than_the_shipped_file() throws Exception {
        var payload = boundaries.all(Boundaries.Level.DISTRICTS);
        var districts = JSON.readTree(payload.json());
        assertThat(keys(districts)).hasSize(401).doesNotHaveDuplicates().contains("15085", "16052");
        var harz = districts
                .get("features")
                .valueStream()
                .filter(f -> f.get("properties").get("ags").asString().equals("15085"))
                .findFirst()
                .orElseThrow();
        assertThat(harz.get("properties").propertyNames()).containsExactlyInAnyOrder("ags", "name");
        assertThat(harz.get("properties").get("name").asString()).isEqualTo("Harz");
        assertThat(harz.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
        long shippedSize = new ClassPathResource("reference/boundaries/districts.geojson").contentLength();
        assertThat(payload.json().length).isLessThan((int) shippedSize);
        assertThat(payload.gzip().length).isLessThan(payload.json().length / 3);
        // The same districts as the shipped file, key for key.
        assertThat(keys(districts)).containsExactlyInAnyOrderElementsOf(keys(shipped("districts")));
    }

    @Test
    void a_state_gets_exactly_its_own_municipalities() throws Exception {
        var municipalities = JSON.readTree(boundaries.municipalities("15").json());
        var expected = keys(shipped("municipalities")).stream()
                .filter(k -> k.startsWith("15"))
                .toList();
        assertThat(keys(municipalities))
                .containsExactlyInAnyOrderElementsOf(expected)
                .contains("15085135");
        assertThat(expected).hasSizeGreaterThan(200);
        assertThatThrownBy(() -> boundaries.municipalities("17")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> boundaries.municipalities("1'")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void municipality_figures_count_seated_and_belonging_actors() {
        var map = maps.municipalities("15", Dates.today());
        var halberstadt = map.municipalities().stream()
                .filter(m -> m.ags().equals("15085135"))
                .findFirst()
                .orElseThrow();
        assertThat(halberstadt.seated())
                .isEqualTo(count("MATCH (:Actor)-[:SEATED_IN]->(:Municipality {ags: '15085135'}) RETURN count(*)"))
                .isPositive();
        // State-wide actors belong to every municipality of the state.
        long stateWide = count("MATCH (a:Actor)-[:SERVES]->(:State {ags: '15'}) RETURN count(DISTINCT a)");
        assertThat(map.municipalities())
                .allSatisfy(m -> assertThat(m.belonging()).isGreaterThanOrEqualTo(stateWide));
        assertThat(halberstadt.belonging()).isGreaterThan(stateWide);
        var seat = map.seats().stream()
                .filter(s -> s.ags().equals("15085135"))
                .findFirst()
                .orElseThrow();
        assertThat(seat.actors()).extracting(MunicipalityMap.SeatedActor::id).contains("HZ-GA");
        assertThat(seat.latitude()).isBetween(51.8, 52.0);
        assertThat(seat.longitude()).isBetween(11.0, 11.1);
        assertThat(map.seats()).allSatisfy(s -> assertThat(s.ags()).startsWith("15"));
        assertThatThrownBy(() -> maps.municipalities("15085", Dates.today())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void municipality_figures_and_seats_count_only_the_actors_active_at_the_date() {
        TimeFixture.load(neo4j);
        try {
            var early = ingolstadt(LocalDate.parse("2021-12-31"));
            var between = ingolstadt(LocalDate.parse("2023-04-23"));
            var late = ingolstadt(LocalDate.parse("2024-01-01"));
            // SX-ZE ended on 2022-06-30, SX-ZD starts in 2024.
            assertThat(early.seated() - between.seated()).isEqualTo(1);
            assertThat(late.seated() - between.seated()).isEqualTo(1);
            assertThat(early.belonging() - between.belonging()).isEqualTo(1);
            assertThat(late.belonging() - between.belonging()).isEqualTo(1);
            assertThat(seatedFixtureActors(LocalDate.parse("2021-12-31")))
                    .containsExactly("SX-ZA", "SX-ZE", "SX-ZC", "SX-ZB");
            assertThat(seatedFixtureActors(LocalDate.parse("2023-04-23"))).containsExactly("SX-ZA", "SX-ZC", "SX-ZB");
            assertThat(seatedFixtureActors(LocalDate.parse("2024-01-01")))
                    .containsExactly("SX-ZA", "SX-ZC", "SX-ZB", "SX-ZD");
        } finally {
            TimeFixture.remove(neo4j);
        }
    }

    private MunicipalityMap.Municipality ingolstadt(LocalDate asOf) {
        return maps.municipalities("09", asOf).municipalities().stream()
                .filter(m -> m.ags().equals(TimeFixture.SEAT))
                .findFirst()
                .orElseThrow();
    }

    /** The fixture's actors among Ingolstadt's seat marker, in the marker's order (by name). */
    private List<String> seatedFixtureActors(LocalDate asOf) {
        return maps.municipalities("09", asOf).seats().stream()
                .filter(s -> s.ags().equals(TimeFixture.SEAT))
                .flatMap(s -> s.actors().stream())
                .map(MunicipalityMap.SeatedActor::id)
                .filter(id -> id.startsWith("SX-Z"))
                .toList();
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_api_sends_gzipped_geojson_with_an_etag_and_answers_304_when_unchanged() throws Exception {
        var response = get("/api/map/districts", Map.of("Authorization", basic(), "Accept-Encoding", "gzip"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] body;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            body = in.readAllBytes();
        }
        assertThat(keys(JSON.readTree(body))).hasSize(401);
        var etag = response.headers().firstValue("ETag").orElseThrow();
        var again = get("/api/map/districts", Map.of("Authorization", basic(), "If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);

        var plain = get("/api/map/states/15/municipalities", Map.of("Authorization", basic()));
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(keys(JSON.readTree(plain.body()))).allMatch(k -> k.startsWith("15"));
        assertThat(keys(JSON.readTree(
                        get("/api/map/states", Map.of("Authorization", basic())).body())))
                .hasSize(16);
    }

    @Test
    void unknown_states_are_a_404_problem_and_strangers_get_401() throws Exception {
        var unknown = get("/api/map/states/99/municipalities", Map.of("Authorization", basic()));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8))
                .contains("99")
                .doesNotContain("Exception");
        assertThat(get("/api/map/districts", Map.of()).statusCode()).isEqualTo(401);
    }
}
