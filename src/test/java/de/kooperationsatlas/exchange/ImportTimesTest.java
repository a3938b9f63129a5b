package de.kooperationsatlas.exchange;

import static de.kooperationsatlas.exchange.ImportServiceTest.checksum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.security.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exchange format's time columns ({@code actors.since}, {@code actors.until}, {@code cooperations.until},
 * {@code memberships.until}) against the real store: imported as given, exported in their columns, an
 * until before its since (in the row, or the stored one when the file lacks the since column) refused at
 * the until column with nothing written, and bundles without the columns leaving stored values alone.
 */
class ImportTimesTest extends StoreTestSupport {

    /** Actors with a since year and an until date, a since date and no until, and neither. */
    private static final String ACTORS = """
            id,name,type,seat_ags,since,until
            IMP-T1,Zeitverein eins (Importtest),SPORTS,09162000,2019,2024-06-30
            IMP-T2,Zeitverein zwei (Importtest),SPORTS,09162000,2021-03-01,
            IMP-T3,Zeitverein drei (Importtest),SPORTS,09162000,,
            """;

    private static final String COOPERATIONS = """
            actor_a,actor_b,kind,since,until,intensity,note
            IMP-T2,IMP-T1,PROJECT,2021,2023-12-31,2,
            IMP-T1,IMP-T3,EXCHANGE,2020-05-04,2022,,
            IMP-T2,IMP-T3,REFERRAL,,,,
            """;

    private static final String NETWORKS = """
            id,name
            IMP-TN,Zeitnetz (Importtest)
            """;

    private static final String MEMBERSHIPS = """
            network_id,actor_id,role,since,until
            IMP-TN,IMP-T1,Koordination,2022,2024
            IMP-TN,IMP-T2,,2023-04-24,
            """;

    @Autowired
    ImportService imports;

    @Autowired
    ExportService exports;

    @Autowired
    BundleReader reader;

    @BeforeEach
    void signIn() {
        signInAs("imp-admin", Role.ADMIN);
    }

    @AfterEach
    void removeImportedData() {
        neo4j.query("""
                        MATCH (x) WHERE (x:Actor OR x:Network) AND x.id STARTS WITH 'IMP-T'
                        DETACH DELETE x""").run();
    }

    private Bundle bundle(String... namesAndTexts) {
        List<BundleFile> files = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.add(new BundleFile(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return reader.readFiles(files);
    }

    private ImportResult importTheBundle() {
        ImportResult result = imports.importBundle(
                bundle(
                        "actors.csv",
                        ACTORS,
                        "cooperations.csv",
                        COOPERATIONS,
                        "networks.csv",
                        NETWORKS,
                        "memberships.csv",
                        MEMBERSHIPS),
                false);
        assertThat(result.errors()).isEmpty();
        return result;
    }

    private @Nullable String stored(String query) {
        return neo4j.query(query).fetchAs(String.class).one().orElse(null);
    }

    private String actorTimes(String id) {
        return stored("MATCH (a:Actor {id: '%s'}) RETURN coalesce(a.since, '-') + ' ' + coalesce(a.until, '-')"
                .formatted(id));
    }

    private String cooperationTimes(String a, String b) {
        return stored("""
                MATCH (:Actor {id: '%s'})-[c:COOPERATES_WITH]-(:Actor {id: '%s'})
                RETURN coalesce(c.since, '-') + ' ' + coalesce(c.until, '-')""".formatted(a, b));
    }

    private String membershipTimes(String actor) {
        return stored("""
                MATCH (:Actor {id: '%s'})-[m:MEMBER_OF]->(:Network {id: 'IMP-TN'})
                RETURN coalesce(m.since, '-') + ' ' + coalesce(m.until, '-')""".formatted(actor));
    }

    private String exported(ExchangeFormat.File file) throws IOException {
        var out = new ByteArrayOutputStream();
        exports.writeCsv(file, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_time_columns_are_imported_as_given_exported_in_their_columns_and_a_second_import_changes_nothing()
            throws IOException {
        ImportResult first = importTheBundle();

        assertThat(first.created())
                .containsEntry("actors", 3L)
                .containsEntry("cooperations", 3L)
                .containsEntry("memberships", 2L);
        assertThat(actorTimes("IMP-T1")).isEqualTo("2019 2024-06-30");
        assertThat(actorTimes("IMP-T2")).isEqualTo("2021-03-01 -");
        assertThat(actorTimes("IMP-T3")).isEqualTo("- -");
        assertThat(cooperationTimes("IMP-T1", "IMP-T2")).isEqualTo("2021 2023-12-31");
        assertThat(cooperationTimes("IMP-T1", "IMP-T3")).isEqualTo("2020-05-04 2022");
        assertThat(cooperationTimes("IMP-T2", "IMP-T3")).isEqualTo("- -");
        assertThat(membershipTimes("IMP-T1")).isEqualTo("2022 2024");
        assertThat(membershipTimes("IMP-T2")).isEqualTo("2023-04-24 -");

        assertThat(exported(ExchangeFormat.File.ACTORS))
                .contains("\uFEFFid;name;type;seat_ags;serves;life_phases;topics;website;email;phone;description;"
                        + "since;until\r\n")
                .contains("IMP-T1;Zeitverein eins (Importtest);SPORTS;09162000;;;;;;;;2019;2024-06-30\r\n")
                .contains("IMP-T2;Zeitverein zwei (Importtest);SPORTS;09162000;;;;;;;;2021-03-01;\r\n");
        assertThat(exported(ExchangeFormat.File.COOPERATIONS))
                .contains("\uFEFFactor_a;actor_b;kind;since;until;intensity;note\r\n")
                .contains("IMP-T1;IMP-T2;PROJECT;2021;2023-12-31;2;\r\n")
                .contains("IMP-T1;IMP-T3;EXCHANGE;2020-05-04;2022;;\r\n");
        assertThat(exported(ExchangeFormat.File.MEMBERSHIPS))
                .contains("\uFEFFnetwork_id;actor_id;role;since;until\r\n")
                .contains("IMP-TN;IMP-T1;Koordination;2022;2024\r\n");

        String before = checksum(neo4j);
        ImportResult second = importTheBundle();
        assertThat(second.created().values()).allMatch(v -> v == 0);
        assertThat(second.updated().values()).allMatch(v -> v == 0);
        assertThat(checksum(neo4j)).isEqualTo(before);

        // A row whose since or until differs counts as updated, and only that row.
        ImportResult third = imports.importBundle(
                bundle(
                        "actors.csv",
                        ACTORS.replace("2024-06-30", "2025"),
                        "cooperations.csv",
                        COOPERATIONS.replace("2020-05-04,2022", "2020-05-04,2022-06-30"),
                        "memberships.csv",
                        MEMBERSHIPS.replace("2023-04-24,", "2023-04-24,2026")),
                false);
        assertThat(third.errors()).isEmpty();
        assertThat(third.updated())
                .containsEntry("actors", 1L)
                .containsEntry("cooperations", 1L)
                .containsEntry("memberships", 1L);
        assertThat(actorTimes("IMP-T1")).isEqualTo("2019 2025");
        assertThat(cooperationTimes("IMP-T3", "IMP-T1")).isEqualTo("2020-05-04 2022-06-30");
        assertThat(membershipTimes("IMP-T2")).isEqualTo("2023-04-24 2026");
    }

    @Test
    void an_until_before_its_since_is_refused_at_the_until_column_and_nothing_is_written() {
        String before = checksum(neo4j);
        Bundle bad = bundle(
                "actors.csv",
                ACTORS.replace("2019,2024-06-30", "2019,2018-12-31"),
                "cooperations.csv",
                COOPERATIONS.replace("2020-05-04,2022", "2020-05-04,2020-05-03"),
                "networks.csv",
                NETWORKS,
                "memberships.csv",
                MEMBERSHIPS.replace("2022,2024", "2022,2021"));

        ImportResult result = imports.importBundle(bad, false);

        assertThat(result.errors())
                .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
                .containsExactly(
                        tuple(
                                "actors.csv",
                                2,
                                "until",
                                "Das Ende „2018-12-31“ liegt vor dem Beginn „2019“ (Spalte since)."),
                        tuple(
                                "cooperations.csv",
                                3,
                                "until",
                                "Das Ende „2020-05-03“ liegt vor dem Beginn „2020-05-04“ (Spalte since)."),
                        tuple(
                                "memberships.csv",
                                2,
                                "until",
                                "Das Ende „2021“ liegt vor dem Beginn „2022“ (Spalte since)."));
        assertThat(result.created().values()).allMatch(v -> v == 0);
        assertThat(checksum(neo4j)).isEqualTo(before);

        // A year ends on 31 December and starts on 1 January: the same year, or a date in it, is fine.
        ImportResult english = imports.importBundle(bad, true, Locale.ENGLISH);
        assertThat(english.errors().getFirst().message())
                .isEqualTo("The end \"2018-12-31\" is before the start \"2019\" (column since).");
        ImportResult sameYear = imports.importBundle(
                bundle(
                        "actors.csv",
                        ACTORS.replace("2019,2024-06-30", "2019,2019-01-01").replace("2021-03-01,", "2021-03-01,2021")),
                true);
        assertThat(sameYear.errors()).isEmpty();
    }

    @Test
    void an_until_before_the_stored_since_is_refused_when_the_file_has_no_since_column() {
        importTheBundle();
        String before = checksum(neo4j);

        ImportResult result =
                imports.importBundle(bundle("actors.csv", """
                        id,name,type,seat_ags,until
                        IMP-T1,Zeitverein eins (Importtest),SPORTS,09162000,2018
                        IMP-T2,Zeitverein zwei (Importtest),SPORTS,09162000,2021
                        IMP-T3,Zeitverein drei (Importtest),SPORTS,09162000,1990
                        """, "cooperations.csv", """
                        actor_a,actor_b,until
                        IMP-T3,IMP-T1,2020-05-03
                        IMP-T1,IMP-T2,2021
                        """, "memberships.csv", """
                        network_id,actor_id,until
                        IMP-TN,IMP-T1,2021-12-31
                        IMP-TN,IMP-T2,2023-04-24
                        """), false);

        // IMP-T2 ends in its year of start, IMP-T3 has no stored since; the pair counts in either order.
        assertThat(result.errors())
                .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
                .containsExactly(
                        tuple(
                                "actors.csv",
                                2,
                                "until",
                                "Das Ende „2018“ liegt vor dem Beginn „2019“, der in der Datenbank steht"
                                        + " (die Datei hat keine Spalte since)."),
                        tuple(
                                "cooperations.csv",
                                2,
                                "until",
                                "Das Ende „2020-05-03“ liegt vor dem Beginn „2020-05-04“, der in der Datenbank"
                                        + " steht (die Datei hat keine Spalte since)."),
                        tuple(
                                "memberships.csv",
                                2,
                                "until",
                                "Das Ende „2021-12-31“ liegt vor dem Beginn „2022“, der in der Datenbank steht"
                                        + " (die Datei hat keine Spalte since)."));
        assertThat(checksum(neo4j)).isEqualTo(before);
    }

    @Test
    void a_since_after_the_stored_until_is_refused_when_the_file_has_no_until_column() {
        importTheBundle();
        String before = checksum(neo4j);

        ImportResult result = imports.importBundle(bundle("actors.csv", """
                        id,name,type,seat_ags,since
                        IMP-T1,Zeitverein eins (Importtest),SPORTS,09162000,2024-07-01
                        IMP-T2,Zeitverein zwei (Importtest),SPORTS,09162000,2030
                        """, "cooperations.csv", """
                        actor_a,actor_b,since
                        IMP-T1,IMP-T2,2023
                        IMP-T1,IMP-T3,2023
                        """), false);

        assertThat(result.errors())
                .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple("actors.csv", 2, "since"), tuple("cooperations.csv", 3, "since"));
        assertThat(result.errors().getFirst().message())
                .isEqualTo("Der Beginn „2024-07-01“ liegt nach dem Ende „2024-06-30“, das in der Datenbank"
                        + " steht (die Datei hat keine Spalte until).");
        assertThat(checksum(neo4j)).isEqualTo(before);
    }

    @Test
    void a_malformed_until_is_refused_with_the_hint_of_the_since_column() {
        ImportResult result = imports.importBundle(
                bundle(
                        "actors.csv",
                        ACTORS.replace("2019,2024-06-30", "2019,30.06.2024"),
                        "cooperations.csv",
                        COOPERATIONS.replace("2021,2023-12-31", "2021,bald"),
                        "networks.csv",
                        NETWORKS,
                        "memberships.csv",
                        MEMBERSHIPS.replace("2022,2024", "2022,2024-02-30")),
                false);

        assertThat(result.errors())
                .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
                .containsExactly(
                        tuple(
                                "actors.csv",
                                2,
                                "until",
                                "„30.06.2024“ ist kein ISO-Datum; gemeint ist wohl „2024-06-30“."),
                        tuple(
                                "cooperations.csv",
                                2,
                                "until",
                                "„bald“ ist weder ein Jahr (2023) noch ein ISO-Datum (2023-04-24)."),
                        tuple(
                                "memberships.csv",
                                2,
                                "until",
                                "„2024-02-30“ ist weder ein Jahr (2023) noch ein ISO-Datum (2023-04-24)."));
        assertThat(count("MATCH (a:Actor) WHERE a.id STARTS WITH 'IMP-T' RETURN count(a)"))
                .isZero();
    }

    @Test
    void a_bundle_without_the_time_columns_is_valid_and_leaves_them_alone_while_an_empty_cell_clears() {
        importTheBundle();

        // The files as before the time columns: other cells change, since and until stay.
        ImportResult without =
                imports.importBundle(bundle("actors.csv", """
                        id,name,type,seat_ags
                        IMP-T1,Zeitverein eins (umbenannt),SPORTS,09162000
                        """, "cooperations.csv", """
                        actor_a,actor_b,kind,since,intensity,note
                        IMP-T1,IMP-T2,PROJECT,2021,3,
                        """, "memberships.csv", """
                        network_id,actor_id,role,since
                        IMP-TN,IMP-T1,Sprecherin,2022
                        """), false);

        assertThat(without.errors()).isEmpty();
        assertThat(without.updated())
                .containsEntry("actors", 1L)
                .containsEntry("cooperations", 1L)
                .containsEntry("memberships", 1L);
        assertThat(actorTimes("IMP-T1")).isEqualTo("2019 2024-06-30");
        assertThat(cooperationTimes("IMP-T1", "IMP-T2")).isEqualTo("2021 2023-12-31");
        assertThat(membershipTimes("IMP-T1")).isEqualTo("2022 2024");
        assertThat(stored("MATCH (a:Actor {id: 'IMP-T1'}) RETURN a.name")).isEqualTo("Zeitverein eins (umbenannt)");

        // An empty cell clears the value; the other one stays when its column is missing.
        ImportResult cleared = imports.importBundle(
                bundle(
                        "actors.csv",
                        "id,name,type,seat_ags,until\nIMP-T1,Zeitverein eins (umbenannt),SPORTS,09162000,\n",
                        "cooperations.csv",
                        "actor_a,actor_b,until\nIMP-T2,IMP-T1,\n",
                        "memberships.csv",
                        "network_id,actor_id,until\nIMP-TN,IMP-T1,\n"),
                false);
        assertThat(cleared.errors()).isEmpty();
        assertThat(cleared.updated()).containsAllEntriesOf(Map.of("actors", 1L, "cooperations", 1L, "memberships", 1L));
        assertThat(actorTimes("IMP-T1")).isEqualTo("2019 -");
        assertThat(cooperationTimes("IMP-T1", "IMP-T2")).isEqualTo("2021 -");
        assertThat(membershipTimes("IMP-T1")).isEqualTo("2022 -");
    }
}
