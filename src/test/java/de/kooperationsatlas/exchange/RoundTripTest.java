package de.kooperationsatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.DemoData;
import de.kooperationsatlas.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Export → import into an empty store → export gives the same bytes. "Empty" is the app's store without
 * any domain data (the reference data and the users stay, as in a fresh installation); the demo data is
 * loaded again afterwards, so the shared store is as the other tests expect it.
 */
class RoundTripTest extends StoreTestSupport {

    private static final String DOMAIN_LABELS =
            "x:Actor OR x:Topic OR x:Network OR x:PreventionChain OR x:Event" + " OR x:ChangeLog";

    @Autowired
    ExportService exports;

    @Autowired
    ImportService imports;

    @Autowired
    BundleReader reader;

    @Autowired
    DemoData demo;

    @AfterEach
    void restoreTheDemoData() {
        emptyTheStore();
        demo.load();
    }

    @Test
    void export_import_into_an_empty_store_and_export_again_gives_the_same_bytes() throws IOException {
        addCellsThatSpreadsheetsWouldRunAsFormulas();
        byte[] first = exportZip();

        emptyTheStore();
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isZero();
        signInAs("roundtrip-admin", Role.ADMIN);
        ImportResult result =
                imports.importBundle(reader.readZip("export.zip", new ByteArrayInputStream(first)), false);
        signOut();
        byte[] second = exportZip();

        assertThat(result.errors()).isEmpty();
        assertThat(result.created().get("actors")).isEqualTo(count("MATCH (a:Actor) RETURN count(a)"));
        assertThat(entries(second)).isEqualTo(entries(first));
        assertThat(second).isEqualTo(first);
        assertThat(neo4j.query("MATCH (a:Actor {id: $id}) RETURN a.name")
                        .bind("RT-Ä1")
                        .to("id")
                        .fetchAs(String.class)
                        .one())
                .contains("=SUMME(A1) Gesundheitsförderung Grüne Straße");
        assertThat(entries(second).get("actors.csv"))
                .contains("'=SUMME(A1) Gesundheitsförderung Grüne Straße")
                .contains("'@Süd");
        // since and until as given (a year stays a year, an ISO date a date), in their columns.
        assertThat(entries(second).get("actors.csv")).contains(";2019;2024-06-30\r\n");
        assertThat(entries(second).get("cooperations.csv"))
                .contains("RT-Ä1;ST-LVG;EXCHANGE;2023;2025-03-31;2;'@Jörg: -1 für Öffentlichkeitsarbeit\r\n");
        assertThat(entries(second).get("memberships.csv")).contains("HZ-STEUERKREIS;RT-Ä1;;2023-04-24;2025\r\n");
    }

    /**
     * An actor and a cooperation whose cells start with {@code =}, {@code +}, {@code -} and {@code @}, with
     * umlauts; the actor with a since (a year) and an until (a date), the cooperation with an until, and a
     * membership with both.
     */
    private void addCellsThatSpreadsheetsWouldRunAsFormulas() {
        neo4j.query("""
                        MATCH (m:Municipality {ags: $seat}), (other:Actor {id: $other}), (n:Network {id: 'HZ-STEUERKREIS'})
                        MERGE (a:Actor {id: $id})
                        SET a.name = $name, a.type = 'OTHER', a.description = $description, a.phone = $phone,
                            a.email = $email, a.website = $website, a.since = '2019', a.until = '2024-06-30'
                        MERGE (a)-[:SEATED_IN]->(m)
                        MERGE (a)-[c:COOPERATES_WITH]->(other)
                        SET c.kind = 'EXCHANGE', c.intensity = 2, c.since = $since, c.until = '2025-03-31',
                            c.note = $note
                        MERGE (a)-[k:MEMBER_OF]->(n)
                        SET k.since = '2023-04-24', k.until = '2025'""")
                .bindAll(Map.of(
                        "seat", "15085135",
                        "other", "ST-LVG",
                        "id", "RT-Ä1",
                        "name", "=SUMME(A1) Gesundheitsförderung Grüne Straße",
                        "description", "-Übergangsweise; \"zitiert\"\nzweite Zeile",
                        "phone", "+49 3941 000000",
                        "email", "gesundheitsförderung@example.org",
                        "website", "@Süd",
                        "since", "2023",
                        "note", "@Jörg: -1 für Öffentlichkeitsarbeit"))
                .run();
    }

    private void emptyTheStore() {
        neo4j.query("MATCH (x) WHERE " + DOMAIN_LABELS + " DETACH DELETE x").run();
    }

    private byte[] exportZip() throws IOException {
        var out = new ByteArrayOutputStream();
        exports.writeZip(out);
        return out.toByteArray();
    }

    /** The ZIP's entries by name as text, so a difference shows which file and line differ. */
    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
