package de.kooperationsatlas.exchange;

import static de.kooperationsatlas.exchange.ImportReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Importing bundles into the real store: validation first, all or nothing, and idempotent upserts. */
class ImportServiceTest extends StoreTestSupport {

    private static final Map<String, Long> CLEAN_COUNTS = Map.of(
            "actors", 3L,
            "cooperations", 2L,
            "networks", 1L,
            "memberships", 2L,
            "chains", 1L,
            "contributions", 2L,
            "events", 1L,
            "participations", 2L);

    @Autowired
    ImportService imports;

    @Autowired
    BundleReader reader;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void signIn() {
        signInAs("imp-admin", Role.ADMIN);
    }

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

    @Test
    void a_clean_bundle_is_written_with_everything_around_it() {
        ImportResult result = imports.importBundle(reader.readFolder(resource("clean")), false);

        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).containsAllEntriesOf(CLEAN_COUNTS);
        assertThat(result.updated().values()).allMatch(v -> v == 0);
        assertThat(result.detected().get("actors.csv")).isEqualTo(new ImportDetected("UTF-8", ",", 3));
        var a1 = neo4j.query("""
                        MATCH (a:Actor {id: 'IMP-A1'})-[:SEATED_IN]->(m)
                        RETURN a.name AS name, a.email AS email, a.createdBy AS by, m.ags AS seat,
                          COLLECT { MATCH (a)-[:SERVES]->(r) RETURN r.ags ORDER BY r.ags } AS serves,
                          COLLECT { MATCH (a)-[:WORKS_ON]->(t) RETURN t.code ORDER BY t.code } AS topics""").fetch().one().orElseThrow();
        assertThat(a1)
                .containsEntry("email", "gesundheitsförderung@example.org")
                .containsEntry("by", "imp-admin")
                .containsEntry("seat", "09162000")
                .containsEntry("serves", List.of("09", "09184"))
                .containsEntry("topics", List.of("bewegungsfoerderung", "importtest-thema"));
        assertThat(
                        count(
                                "MATCH (t:Topic {code: 'importtest-thema'}) WHERE t.label = 'Importtest Thema' RETURN count(t)"))
                .isEqualTo(1);
        // The later row of the pair updated the earlier one; the pair is stored once, from the smaller id.
        var cooperation = neo4j.query("""
                        MATCH (a:Actor {id: 'IMP-A1'})-[c:COOPERATES_WITH]->(b:Actor {id: 'IMP-A3'})
                        RETURN c.kind AS kind, c.since AS since, c.intensity AS intensity, c.note AS note, c.createdBy AS by""").fetch().one().orElseThrow();
        assertThat(cooperation)
                .containsEntry("kind", "REFERRAL")
                .containsEntry("since", "2024-04-24")
                .containsEntry("intensity", 3L)
                .containsEntry("by", "imp-admin");
        assertThat(
                        count(
                                "MATCH (:Actor {id: 'IMP-A1'})-[c:COOPERATES_WITH]-(:Actor {id: 'IMP-A2'}) WHERE c.since = '2023' RETURN count(c)"))
                .isEqualTo(1);
        assertThat(neo4j.query(
                                "MATCH (:Actor {id: 'IMP-A3'})-[k:CONTRIBUTES_TO]->(:PreventionChain {id: 'IMP-C1'}) RETURN k.phases AS phases")
                        .fetch()
                        .one()
                        .orElseThrow()
                        .get("phases"))
                .isEqualTo(List.of("PREGNANCY_BIRTH", "DAYCARE"));
        assertThat(neo4j.query("MATCH (e:Event {id: 'IMP-E1'})-[:HELD_IN]->(m) RETURN toString(e.date) + ' ' + m.ags")
                        .fetchAs(String.class)
                        .one()
                        .orElseThrow())
                .isEqualTo("2024-03-05 09162000");
        assertThat(neo4j.query("MATCH (a:Actor {id: 'IMP-A3'}) RETURN a.description")
                        .fetchAs(String.class)
                        .one())
                .contains("=Formel");
    }

    @Test
    void the_spreadsheet_variant_of_the_bundle_imports_the_same() {
        ImportResult result = imports.importBundle(reader.readFolder(resource("clean-excel")), false);
        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).containsAllEntriesOf(CLEAN_COUNTS);
        assertThat(result.detected().get("actors.csv")).isEqualTo(new ImportDetected("Windows-1252", ";", 3));
        assertThat(neo4j.query("MATCH (a:Actor {id: 'IMP-A1'}) RETURN a.name")
                        .fetchAs(String.class)
                        .one())
                .contains("Gesundheitsamt München (Importtest)");
    }

    @Test
    void importing_the_same_bundle_twice_changes_nothing_and_a_changed_row_counts_as_updated() {
        imports.importBundle(reader.readFolder(resource("clean")), false);
        String before = checksum();

        ImportResult second = imports.importBundle(reader.readFolder(resource("clean")), false);
        assertThat(second.created().values()).allMatch(v -> v == 0);
        assertThat(second.updated().values()).allMatch(v -> v == 0);
        assertThat(checksum()).isEqualTo(before);

        // Without the optional columns the stored values stay; an empty cell clears, a list cell replaces.
        var changed = reader.readFiles(List.of(new BundleFile(
                "actors.csv",
                "id,name,type,seat_ags,serves\nIMP-A1,Gesundheitsamt München (Importtest),PUBLIC_HEALTH_OFFICE,09162000,09184\nIMP-A2,Sportverein Aschheim (Importtest),SPORTS,09184112,\n"
                        .getBytes(StandardCharsets.UTF_8))));
        ImportResult third = imports.importBundle(changed, false);
        assertThat(third.updated()).containsEntry("actors", 1L);
        assertThat(third.created()).containsEntry("actors", 0L);
        assertThat(count("MATCH (:Actor {id: 'IMP-A1'})-[r:SERVES]->() RETURN count(r)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Actor {id: 'IMP-A1'})-[r:ACTIVE_IN]->() RETURN count(r)"))
                .isEqualTo(2);
        assertThat(neo4j.query("MATCH (a:Actor {id: 'IMP-A1'}) RETURN a.website")
                        .fetchAs(String.class)
                        .one())
                .contains("https://example.org/imp-a1");
    }

    @Test
    void a_dry_run_counts_but_writes_nothing() {
        String before = checksum();
        ImportResult result = imports.importBundle(reader.readFolder(resource("clean")), true);
        assertThat(result.dryRun()).isTrue();
        assertThat(result.created()).containsAllEntriesOf(CLEAN_COUNTS);
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void every_problem_is_reported_with_file_line_column_and_message_and_nothing_is_written() {
        String before = checksum();
        ImportResult result = imports.importBundle(reader.readFolder(resource("problems")), false);

        assertThat(result.errors())
                .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
                .containsExactly(
                        tuple("actors.csv", 1, "type", "Die Pflichtspalte „type“ fehlt."),
                        tuple("actors.csv", 1, "typ", "Unbekannte Spalte „typ“; gemeint ist wohl „type“."),
                        tuple(
                                "actors.csv",
                                3,
                                "serves",
                                "Den Regionalschlüssel „99999“ gibt es im Gemeindeverzeichnis nicht."),
                        tuple(
                                "actors.csv",
                                3,
                                "life_phases",
                                "Unbekannte Lebensphase „KINDHEIT“; erlaubt sind: PREGNANCY_BIRTH, EARLY_CHILDHOOD, DAYCARE,"
                                        + " PRIMARY_SCHOOL, SECONDARY_SCHOOL, SCHOOL_TO_WORK, WORKING_LIFE, RETIREMENT, OLD_AGE."),
                        tuple(
                                "actors.csv",
                                3,
                                "topics",
                                "Das Thema „!!!“ ergibt keinen Code (es besteht nur aus Sonderzeichen)."),
                        tuple(
                                "actors.csv",
                                5,
                                "id",
                                "Die Kennung „IMP-P1“ steht schon in Zeile 2; jede Kennung darf nur einmal vorkommen."),
                        tuple("cooperations.csv", 2, "actor_b", "„IMP-P1“ kann nicht mit sich selbst kooperieren."),
                        tuple(
                                "cooperations.csv",
                                3,
                                "actor_b",
                                "Den Akteur „IMP-NOPE“ gibt es weder in actors.csv noch in der Datenbank."),
                        tuple(
                                "cooperations.csv",
                                3,
                                "kind",
                                "Unbekannte Art der Kooperation „FRIENDS“; erlaubt sind: PROJECT, AGREEMENT, EXCHANGE, REFERRAL, FUNDING, OTHER."),
                        tuple(
                                "cooperations.csv",
                                3,
                                "since",
                                "„23.11.2023“ ist kein ISO-Datum; gemeint ist wohl „2023-11-23“."),
                        tuple("cooperations.csv", 3, "intensity", "Die Intensität „5“ muss 1, 2 oder 3 sein."),
                        tuple(
                                "events.csv",
                                2,
                                "date",
                                "„23.11.2023“ ist kein ISO-Datum; gemeint ist wohl „2023-11-23“."));
        // Keys that lost their leading zero are put right: warnings, not errors.
        assertThat(result.warnings())
                .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
                .containsExactly(
                        tuple(
                                "actors.csv",
                                2,
                                "seat_ags",
                                "„1001000“ hatte eine Ziffer zu wenig (die Tabelle hat den Schlüssel wohl als Zahl"
                                        + " gelesen); übernommen als „01001000“. Bitte die Spalte als Text formatieren."),
                        tuple(
                                "events.csv",
                                2,
                                "municipality_ags",
                                "„9162000“ hatte eine Ziffer zu wenig (die Tabelle hat den Schlüssel wohl als Zahl"
                                        + " gelesen); übernommen als „09162000“. Bitte die Spalte als Text formatieren."));
        assertThat(result.created().values()).allMatch(v -> v == 0);
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void keys_that_lost_their_leading_zero_are_restored_with_a_warning_and_chain_states_take_their_german_labels() {
        Bundle bundle = reader.readFiles(List.of(
                new BundleFile("actors.csv", """
                        id;name;type;seat_ags;serves
                        IMP-Z1;Verein ohne Nullen (Importtest);SPORTS;9162000;9|9162|09162000
                        """.getBytes(StandardCharsets.UTF_8)),
                new BundleFile("chains.csv", """
                        id;name;region_ags;status
                        IMP-K1;Kette eins (Importtest);9162;im aufbau
                        IMP-K2;Kette zwei (Importtest);09162000;ETABLIERT
                        IMP-K3;Kette drei (Importtest);09162;Geplant
                        IMP-K4;Kette vier (Importtest);09162;PLANNED
                        IMP-K5;Kette fünf (Importtest);09162;
                        """.getBytes(StandardCharsets.UTF_8))));

        ImportResult result = imports.importBundle(bundle, false);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings())
                .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        tuple("actors.csv", 2, "seat_ags"),
                        tuple("actors.csv", 2, "serves"),
                        tuple("actors.csv", 2, "serves"),
                        tuple("chains.csv", 2, "region_ags"));
        assertThat(result.warnings().get(1).message()).contains("„9“", "„09“");
        var actor = neo4j.query("""
                        MATCH (a:Actor {id: 'IMP-Z1'})-[:SEATED_IN]->(m)
                        RETURN m.ags AS seat, COLLECT { MATCH (a)-[:SERVES]->(r) RETURN r.ags ORDER BY r.ags } AS serves""").fetch().one().orElseThrow();
        assertThat(actor).containsEntry("seat", "09162000").containsEntry("serves", List.of("09", "09162", "09162000"));
        assertThat(neo4j.query("""
                        MATCH (c:PreventionChain)-[:FOR_REGION]->(r) WHERE c.id STARTS WITH 'IMP-K'
                        WITH c.id AS id, coalesce(c.status, '-') AS status, r.ags AS region
                        RETURN id + ' ' + status + ' ' + region AS line ORDER BY id""").fetchAs(String.class).all())
                .containsExactly(
                        "IMP-K1 IN_PROGRESS 09162",
                        "IMP-K2 ESTABLISHED 09162000",
                        "IMP-K3 PLANNED 09162",
                        "IMP-K4 PLANNED 09162",
                        "IMP-K5 - 09162");
        // The same bundle again: the labels and restored keys equal what is stored, so nothing changes.
        ImportResult again = imports.importBundle(bundle, false);
        assertThat(again.updated().values()).allMatch(v -> v == 0);
        assertThat(again.warnings()).hasSize(4);
    }

    @Test
    void an_unknown_status_and_a_key_that_stays_unknown_without_its_zero_are_still_errors() {
        Bundle bundle = reader.readFiles(List.of(new BundleFile("chains.csv", """
                id,name,region_ags,status
                IMP-K6,Kette (Importtest),1234,bald
                """.getBytes(StandardCharsets.UTF_8))));
        ImportResult result = imports.importBundle(bundle, true, Locale.ENGLISH);
        assertThat(result.errors()).extracting(ImportProblem::column).containsExactly("region_ags", "status");
        assertThat(result.errors().get(1).message())
                .isEqualTo("Unknown status \"bald\"; allowed are: PLANNED, IN_PROGRESS, ESTABLISHED"
                        + " or the German labels geplant, im Aufbau, etabliert (any case).");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void ids_with_invisible_characters_and_names_with_nul_are_refused_at_the_cell() {
        String before = checksum();
        Bundle bundle = reader.readFiles(List.of(
                new BundleFile(
                        "actors.csv",
                        ("id,name,type,seat_ags\n"
                                        + "IMP-\u200BA,Zero width (Importtest),SPORTS,09162000\n"
                                        + "IMP-\u202EA,Right to left (Importtest),SPORTS,09162000\n"
                                        + "IMP-\u0007A,Bell (Importtest),SPORTS,09162000\n"
                                        + "IMP-NUL,Name mit \u0000 (Importtest),SPORTS,09162000\n"
                                        + "IMP Müller 1,Leerzeichen und Umlaut (Importtest),SPORTS,09162000\n")
                                .getBytes(StandardCharsets.UTF_8)),
                new BundleFile(
                        "networks.csv", "id,name\nIMP-N\u200F,Netz (Importtest)\n".getBytes(StandardCharsets.UTF_8)),
                new BundleFile(
                        "chains.csv",
                        "id,name,region_ags\nIMP-K\u2066,Kette (Importtest),09162\n".getBytes(StandardCharsets.UTF_8)),
                new BundleFile(
                        "events.csv",
                        "id,name,date,municipality_ags\nIMP-E\uFEFF,Tag (Importtest),2024-01-01,09162000\n"
                                .getBytes(StandardCharsets.UTF_8))));

        ImportResult result = imports.importBundle(bundle, false);

        assertThat(result.errors())
                .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        tuple("actors.csv", 2, "id"),
                        tuple("actors.csv", 3, "id"),
                        tuple("actors.csv", 4, "id"),
                        tuple("actors.csv", 5, "name"),
                        tuple("networks.csv", 2, "id"),
                        tuple("chains.csv", 2, "id"),
                        tuple("events.csv", 2, "id"));
        assertThat(result.errors().getFirst().message())
                .isEqualTo("Die Kennung „IMP-⟨U+200B⟩A“ enthält an Stelle 5 das unsichtbare Zeichen U+200B;"
                        + " Kennungen dürfen keine Steuer-, Nullbreiten- oder Richtungszeichen enthalten.");
        assertThat(result.errors().get(3).message()).contains("U+0000");
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void problems_come_in_english_when_asked() {
        ImportResult result = imports.importBundle(reader.readFolder(resource("problems")), true, Locale.ENGLISH);
        assertThat(result.errors().get(1).message()).isEqualTo("Unknown column \"typ\"; did you mean \"type\"?");
    }

    @Test
    void a_write_that_fails_midway_leaves_the_store_exactly_as_before() {
        // A constraint the last node statement breaks: two events with one name, after actors, cooperations,
        // networks, memberships, chains and contributions were already written in the same transaction.
        neo4j.query("CREATE CONSTRAINT import_test_event_name IF NOT EXISTS FOR (e:Event) REQUIRE e.name IS UNIQUE")
                .run();
        try {
            List<BundleFile> files = new ArrayList<>();
            for (String name : List.of(
                    "actors.csv",
                    "cooperations.csv",
                    "networks.csv",
                    "memberships.csv",
                    "chains.csv",
                    "chain_contributions.csv",
                    "participations.csv")) {
                files.add(new BundleFile(name, read(name)));
            }
            files.add(new BundleFile(
                    "events.csv",
                    "id,name,date,municipality_ags\nIMP-E1,Doppelt,2024-03-05,09162000\nIMP-E2,Doppelt,2024-03-06,09162000\n"
                            .getBytes(StandardCharsets.UTF_8)));
            Bundle bundle = reader.readFiles(files);
            String before = checksum();
            long nodes = count("MATCH (n) RETURN count(n)");
            long relationships = count("MATCH ()-[r]->() RETURN count(r)");

            assertThatThrownBy(() -> imports.importBundle(bundle, false)).isInstanceOf(RuntimeException.class);

            assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
            assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
            assertThat(checksum()).isEqualTo(before);
            assertThat(imports.busy()).isFalse();
        } finally {
            neo4j.query("DROP CONSTRAINT import_test_event_name IF EXISTS").run();
        }
    }

    @Test
    void a_process_killed_midway_is_undone_before_anything_else_and_the_store_is_exactly_as_before() {
        imports.importBundle(reader.readFolder(resource("clean")), false);
        String before = checksum();
        // Updates (properties, links, a cooperation), new nodes, a new topic and new links between
        // existing nodes; one row per batch, and the "process" dies before its sixth batch: no undo runs.
        Bundle changes = reader.readFiles(List.of(
                new BundleFile("actors.csv", """
                        id,name,type,seat_ags,serves,life_phases,topics
                        IMP-A1,Gesundheitsamt (geändert),PUBLIC_HEALTH_OFFICE,09184112,09,PRIMARY_SCHOOL,Abbruchthema
                        IMP-A4,Neuer Akteur (Importtest),SPORTS,09162000,,,
                        IMP-A2,Sportverein Aschheim (geändert),SPORTS,09184112,,,
                        """.getBytes(StandardCharsets.UTF_8)),
                new BundleFile("cooperations.csv", """
                        actor_a,actor_b,kind,since,intensity,note
                        IMP-A1,IMP-A2,EXCHANGE,2020,1,geändert
                        IMP-A3,ST-LVG,PROJECT,2024,,
                        IMP-A4,IMP-A1,PROJECT,2024,,
                        """.getBytes(StandardCharsets.UTF_8))));
        assertThat(changes.issues()).isEmpty();
        var transactions = new TransactionTemplate(transactionManager);
        int[] batches = {0};
        ImportWriter.Transactions dying = work -> {
            if (++batches[0] > 5) {
                throw new IllegalStateException("killed");
            }
            transactions.executeWithoutResult(status -> work.run());
        };
        try {
            var journal = ImportJournal.begin(neo4j, privateStore, "imp-admin");
            var writer = new ImportWriter(neo4j, 1, "imp-admin", dying, journal);
            var rows = imports.check(changes).rows();
            assertThatThrownBy(() -> writer.run(rows)).hasMessage("killed");
            assertThat(checksum()).isNotEqualTo(before);
            assertThat(count("MATCH (:Actor {id: 'IMP-A4'}) RETURN count(*)")).isOne();

            // The next start (or import) finds the run unfinished and undoes its batches, the last first.
            ImportJournal.recover(neo4j, privateStore, work -> transactions.executeWithoutResult(status -> work.run()));

            assertThat(checksum()).isEqualTo(before);
            assertThat(count("MATCH (x) WHERE x:ImportRun OR x:ImportUndo OR x:ImportSnapshot RETURN count(x)"))
                    .isZero();
            assertThat(privateStore.query(
                            "MATCH (x) WHERE x:ImportRun OR x:ImportUndo OR x:ImportSnapshot RETURN count(x) AS n",
                            Map.of()))
                    .containsExactly(Map.of("n", 0L));
        } finally {
            neo4j.query("MATCH (t:Topic {code: 'abbruchthema'}) DETACH DELETE t")
                    .run();
            neo4j.query("MATCH (x) WHERE x:ImportRun OR x:ImportUndo OR x:ImportSnapshot DETACH DELETE x")
                    .run();
            privateStore.execute(
                    "MATCH (x) WHERE x:ImportRun OR x:ImportUndo OR x:ImportSnapshot DETACH DELETE x", Map.of());
        }
    }

    @Test
    void only_administrators_may_import() {
        signInAs("imp-editor", Role.EDITOR);
        assertThatThrownBy(() -> imports.importBundle(reader.readFolder(resource("clean")), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] read(String name) {
        try {
            return java.nio.file.Files.readAllBytes(resource("clean/" + name));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String checksum() {
        return checksum(neo4j);
    }

    /** A digest of every node's labels and properties and every relationship's ends, type and properties. */
    static String checksum(Neo4jClient neo4j) {
        List<String> lines = new ArrayList<>();
        neo4j.query("MATCH (n) WHERE NOT n:User RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p")
                .fetch()
                .all()
                .forEach(r ->
                        lines.add(r.get("id") + " " + r.get("labels") + " " + new TreeMap<>((Map<?, ?>) r.get("p"))));
        neo4j.query(
                        "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, elementId(a) AS a, type(r) AS t, elementId(b) AS b, properties(r) AS p")
                .fetch()
                .all()
                .forEach(r -> lines.add(r.get("id") + " " + r.get("a") + " " + r.get("t") + " " + r.get("b") + " "
                        + new TreeMap<>((Map<?, ?>) r.get("p"))));
        lines.sort(null);
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines.size() + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
