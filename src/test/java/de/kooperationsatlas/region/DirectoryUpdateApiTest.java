package de.kooperationsatlas.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code POST /api/reference-data}: a newer municipality directory made from the shipped file with two
 * municipalities removed, one changed and one added, uploaded as a real file; first a dry run, then
 * applied. The shipped directory is loaded again afterwards, so the suite's store is as before.
 */
class DirectoryUpdateApiTest extends StoreTestSupport {

    private static final String REMOVED_WITH_ACTORS = "15085370";
    private static final String REMOVED = "15085040";
    private static final String CHANGED = "15085135";
    private static final String ADDED = "15085999";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private ReferenceDataService referenceData;

    @TempDir
    Path folder;

    @AfterEach
    void restoreTheShippedDirectory() {
        neo4j.query("MATCH (a:Actor) WHERE a.id STARTS WITH 'DU-' DETACH DELETE a")
                .run();
        referenceData.loadShipped();
        neo4j.query("MATCH (m:Municipality {ags: $ags}) DETACH DELETE m")
                .bind(ADDED)
                .to("ags")
                .run();
    }

    private ApiClient admin() {
        return ApiClient.session(port, "admin", ApiClient.DEMO_PASSWORDS.get("admin"));
    }

    /** The shipped file, two rows left out, Halberstadt's population changed, one municipality added. */
    private Path newerDirectory() throws Exception {
        List<String> lines = new ArrayList<>();
        try (var in = new ClassPathResource("reference/municipalities.csv").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(REMOVED_WITH_ACTORS) || line.startsWith(REMOVED)) {
                    continue;
                }
                if (line.startsWith(CHANGED + ",")) {
                    line = line.replace(",40329,", ",40001,");
                }
                lines.add(line);
            }
        }
        lines.add(ADDED + ",Neugemeinde,Gemeinde,15085,15,1234,12.5,38820,51.9,11.0,150859999,Neugemeinde,"
                + "Verbandsfreie Gemeinde,gering besiedelt");
        Path file = folder.resolve("municipalities.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private JsonNode upload(Path file, boolean dryRun) throws Exception {
        var response = admin().sendBytes(
                        "POST",
                        "/api/reference-data?dryRun=" + dryRun,
                        multipart(file),
                        "multipart/form-data; boundary=du");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static byte[] multipart(Path file) throws Exception {
        var body = new ByteArrayOutputStream();
        body.write(("--du\r\nContent-Disposition: form-data; name=\"file\"; filename=\"municipalities.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write("\r\n--du--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private List<String> list(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.get(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void a_dry_run_reports_the_changes_and_writes_nothing_then_applying_retires_and_marks() throws Exception {
        var seatedThere = List.copyOf(
                neo4j.query("MATCH (a:Actor)-[:SEATED_IN]->(:Municipality {ags: $ags}) RETURN a.id ORDER BY a.id")
                        .bind(REMOVED_WITH_ACTORS)
                        .to("ags")
                        .fetchAs(String.class)
                        .all());
        assertThat(seatedThere).isNotEmpty();
        Path file = newerDirectory();

        var dryRun = upload(file, true);
        assertThat(list(dryRun, "added")).containsExactly(ADDED);
        assertThat(list(dryRun, "changed")).containsExactly(CHANGED);
        assertThat(list(dryRun, "removed")).containsExactly(REMOVED, REMOVED_WITH_ACTORS);
        assertThat(list(dryRun, "actorsWithoutSeat")).containsExactlyElementsOf(seatedThere);
        assertThat(count("MATCH (m:Municipality {ags: $ags}) RETURN count(m)", Map.of("ags", ADDED)))
                .isZero();
        assertThat(count("MATCH (m:Municipality {ags: $ags}) RETURN m.population", Map.of("ags", CHANGED)))
                .isEqualTo(40329);

        var applied = upload(file, false);
        assertThat(list(applied, "removed")).containsExactly(REMOVED, REMOVED_WITH_ACTORS);
        // Applied: the new one is there, the changed one changed, the removed ones stay, retired, with
        // their actors (marked, not dropped).
        assertThat(count(
                        "MATCH (m:Municipality {ags: $ags})-[:IN_DISTRICT]->(:District {ags: '15085'}) RETURN count(m)",
                        Map.of("ags", ADDED)))
                .isEqualTo(1);
        assertThat(count("MATCH (m:Municipality {ags: $ags}) RETURN m.population", Map.of("ags", CHANGED)))
                .isEqualTo(40001);
        assertThat(count(
                        "MATCH (m:Municipality {ags: $ags, inDirectory: false}) RETURN count(m)",
                        Map.of("ags", REMOVED_WITH_ACTORS)))
                .isEqualTo(1);
        assertThat(count(
                        "MATCH (a:Actor {seatRetired: true})-[:SEATED_IN]->(:Municipality {ags: $ags}) RETURN count(a)",
                        Map.of("ags", REMOVED_WITH_ACTORS)))
                .isEqualTo(seatedThere.size());

        // A new seat cannot be a retired municipality; an actor already seated there can still be edited.
        var refused = admin().putJson(
                        "/api/actors/DU-NEW",
                        "{\"name\": \"Neu\", \"type\": \"OTHER\", \"seatAgs\": \"" + REMOVED_WITH_ACTORS + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("errors").findValuesAsText("field"))
                .containsExactly("seatAgs");
        assertThat(json.readTree(refused.body()).get("detail").asText()).contains("nicht mehr im Gemeindeverzeichnis");
        var existing =
                json.readTree(admin().get("/api/actors/" + seatedThere.get(0)).body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) existing)
                .retain(
                        "name",
                        "type",
                        "seatAgs",
                        "serves",
                        "lifePhases",
                        "topics",
                        "website",
                        "email",
                        "phone",
                        "description");
        var kept = admin().putJson("/api/actors/" + seatedThere.get(0), existing.toString());
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    }

    @Test
    void broken_lines_are_named_in_german_with_line_column_and_value_and_nothing_changes() throws Exception {
        String header = String.join(",", DirectoryFiles.MUNICIPALITY_COLUMNS);
        String good = "15085135,Halberstadt,Stadt,15085,15,40329,142.9,38820,51.9,11.0,150850000,Halberstadt,"
                + "Verbandsfreie Gemeinde,mittel";
        Path file = folder.resolve("municipalities.csv");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                header,
                                good,
                                good,
                                "15099999,Irgendwo,Gemeinde,15085,15,1,1.0,,,,,,,",
                                "15085999,Zahlendorf,Gemeinde,15085,15,viele,1.0,,,,,,,",
                                "15085998,Kurz,Gemeinde")
                        + "\n",
                StandardCharsets.UTF_8);

        var response = admin().sendBytes(
                        "POST", "/api/reference-data?dryRun=true", multipart(file), "multipart/form-data; boundary=du");

        assertThat(response.statusCode()).isEqualTo(400);
        var messages = json.readTree(response.body()).get("errors").findValuesAsText("message");
        assertThat(messages)
                .containsExactly(
                        "Zeile 3: Der Gemeindeschlüssel „15085135“ kommt doppelt vor.",
                        "Zeile 4: „15099999“ ist kein achtstelliger Gemeindeschlüssel, der mit dem Kreis „15085“ und"
                                + " dem Land „15“ beginnt.",
                        "Zeile 5: Spalte population erwartet eine Zahl (mit Punkt als Dezimalzeichen), nicht „viele“.",
                        "Zeile 6: 3 Zellen statt 14.");
        assertThat(response.body()).doesNotContain("Exception", "For input string", " is no ");
    }

    @Test
    void a_file_without_the_shipped_columns_is_a_400_naming_them_and_only_an_admin_may_upload() throws Exception {
        Path file = folder.resolve("municipalities.csv");
        Files.writeString(file, "ags,name\n15085135,Halberstadt\n", StandardCharsets.UTF_8);
        var response = admin().sendBytes(
                        "POST", "/api/reference-data?dryRun=true", multipart(file), "multipart/form-data; boundary=du");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asText())
                .contains("district_ags")
                .contains("kind");

        var viewer = ApiClient.session(port, "viewer", ApiClient.DEMO_PASSWORDS.get("viewer"))
                .sendBytes(
                        "POST",
                        "/api/reference-data?dryRun=true",
                        multipart(newerDirectory()),
                        "multipart/form-data; boundary=du");
        assertThat(viewer.statusCode()).isEqualTo(403);
    }
}
