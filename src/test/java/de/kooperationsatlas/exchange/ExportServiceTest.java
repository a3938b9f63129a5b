package de.kooperationsatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.actor.ActorDraft;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.CooperationDraft;
import de.kooperationsatlas.actor.CooperationService;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** The exchange-format export against the demo data: byte-stable, sorted, and written as the import reads it. */
class ExportServiceTest extends StoreTestSupport {

    private static final Logger log = LoggerFactory.getLogger(ExportServiceTest.class);

    @Autowired
    ExportService exports;

    @Autowired
    ActorService actors;

    @Autowired
    CooperationService cooperations;

    private byte[] export() throws IOException {
        var out = new ByteArrayOutputStream();
        long started = System.nanoTime();
        exports.writeZip(out);
        log.info("Export of the store: {} bytes in {} ms", out.size(), (System.nanoTime() - started) / 1_000_000);
        return out.toByteArray();
    }

    /** The ZIP's entries in their order, as raw bytes. */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** The rows of a file, as the import reads them: BOM off, {@code ;}, RFC 4180, header first. */
    private static List<List<String>> rows(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        try (var parser =
                CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> rows(byte[] zip, ExchangeFormat.File file) throws IOException {
        return rows(entries(zip).get(file.fileName()));
    }

    /** The unescaped value of a column in each data row. */
    private static List<String> column(List<List<String>> rows, String column) {
        int index = rows.getFirst().indexOf(column);
        return rows.stream()
                .skip(1)
                .map(r -> ExchangeFormat.unescapeCell(r.get(index)))
                .toList();
    }

    private static List<String> row(List<List<String>> rows, String id) {
        return rows.stream().filter(r -> r.getFirst().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void exporting_twice_gives_byte_identical_zips() throws IOException {
        assertThat(export()).isEqualTo(export());
    }

    @Test
    void the_zip_holds_the_eight_files_in_contract_order_with_a_fixed_time() throws IOException {
        byte[] zip = export();
        assertThat(entries(zip).keySet())
                .containsExactly(Arrays.stream(ExchangeFormat.File.values())
                        .map(ExchangeFormat.File::fileName)
                        .toArray(String[]::new));
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getTimeLocal()).isEqualTo(ExportService.ENTRY_TIME);
                assertThat(entry.getExtra()).isNull();
            }
        }
    }

    @Test
    void every_file_has_a_bom_semicolons_crlf_and_its_header_in_column_order() throws IOException {
        var files = entries(export());
        for (ExchangeFormat.File file : ExchangeFormat.File.values()) {
            byte[] bytes = files.get(file.fileName());
            assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF" + String.join(";", file.columns()) + "\r\n");
            assertThat(text.replace("\r\n", "")).as(file.fileName()).doesNotContain("\r");
            assertThat(rows(bytes).getFirst()).isEqualTo(file.columns());
        }
    }

    @Test
    void rows_are_sorted_by_their_key_columns_in_code_point_order() throws IOException {
        byte[] zip = export();
        for (ExchangeFormat.File file : ExchangeFormat.File.values()) {
            var rows = rows(zip, file);
            var keys = rows.stream()
                    .skip(1)
                    .map(r -> file.key().stream()
                            .map(k -> ExchangeFormat.unescapeCell(
                                    r.get(rows.getFirst().indexOf(k))))
                            .toList())
                    .toList();
            for (int i = 1; i < keys.size(); i++) {
                assertThat(compareKeys(keys.get(i - 1), keys.get(i)))
                        .as("%s: %s before %s", file.fileName(), keys.get(i - 1), keys.get(i))
                        .isNegative();
            }
        }
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ExportService.compareCodePoints(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Test
    void keys_sort_by_code_point_also_beyond_u_ffff_where_cypher_and_java_strings_disagree() throws IOException {
        // U+FF21 (fullwidth A) sorts before U+1F600 by code point, after it by UTF-16 unit.
        String fullwidth = "TEST-EXPORT-\uFF21";
        String emoji = "TEST-EXPORT-😀";
        assertThat(fullwidth.compareTo(emoji)).isPositive();
        assertThat(ExportService.compareCodePoints(fullwidth, emoji)).isNegative();
        signInAs("admin", Role.ADMIN);
        actors.create(draft(fullwidth));
        actors.create(draft(emoji));
        try {
            cooperations.save(emoji, fullwidth, new CooperationDraft("EXCHANGE", "2024", 1, null));
            byte[] zip = export();
            var ids = column(rows(zip, ExchangeFormat.File.ACTORS), "id");
            assertThat(ids.indexOf(fullwidth)).isLessThan(ids.indexOf(emoji));
            assertThat(rows(zip, ExchangeFormat.File.COOPERATIONS))
                    .contains(List.of(fullwidth, emoji, "EXCHANGE", "2024", "", "1", ""));
        } finally {
            actors.delete(fullwidth);
            actors.delete(emoji);
        }
    }

    private static ActorDraft draft(String id) {
        return new ActorDraft(
                id,
                "Testverein " + id,
                "CIVIC_ASSOCIATION",
                "15085135",
                List.of(),
                List.of("OLD_AGE"),
                List.of(),
                null,
                null,
                null,
                null);
    }

    @Test
    void cooperations_name_the_smaller_id_as_actor_a() throws IOException {
        var rows = rows(export(), ExchangeFormat.File.COOPERATIONS);
        var a = column(rows, "actor_a");
        var b = column(rows, "actor_b");
        assertThat(a).isNotEmpty();
        for (int i = 0; i < a.size(); i++) {
            assertThat(ExportService.compareCodePoints(a.get(i), b.get(i)))
                    .as(a.get(i) + " < " + b.get(i))
                    .isNegative();
        }
    }

    @Test
    void list_cells_keep_life_phase_order_and_sort_everything_else() throws IOException {
        byte[] zip = export();
        var actorRows = rows(zip, ExchangeFormat.File.ACTORS);
        for (String phases : column(actorRows, "life_phases")) {
            var codes = List.of(phases.split("\\|"));
            assertThat(codes).isSortedAccordingTo(ExportService.LIFE_PHASE_ORDER);
            assertThat(codes).allMatch(c -> LifePhase.ofCode(c).isPresent());
        }
        for (String column : List.of("serves", "topics")) {
            for (String cell : column(actorRows, column)) {
                assertThat(List.of(cell.split("\\|"))).isSortedAccordingTo(ExportService.CODE_POINT_ORDER);
            }
        }
        assertThat(row(actorRows, "ST-LVG").get(6))
                .isEqualTo("Armut und Gesundheit|Bewegungsförderung|Ernährung|Kommunale Gesundheitsstrategie"
                        + "|Teilhabe im Alter");
        assertThat(row(actorRows, "ST-LVG").get(5))
                .isEqualTo("DAYCARE|PRIMARY_SCHOOL|SECONDARY_SCHOOL|WORKING_LIFE|OLD_AGE");
        for (String covers : column(rows(zip, ExchangeFormat.File.NETWORKS), "covers")) {
            assertThat(List.of(covers.split("\\|"))).isSortedAccordingTo(ExportService.CODE_POINT_ORDER);
        }
        var contributions = rows(zip, ExchangeFormat.File.CHAIN_CONTRIBUTIONS);
        assertThat(contributions).contains(List.of("GERA-PK", "GERA-JA", "PREGNANCY_BIRTH|EARLY_CHILDHOOD"));
        assertThat(contributions).contains(List.of("GERA-PK", "GERA-SSB", "PRIMARY_SCHOOL|SECONDARY_SCHOOL"));
    }

    @Test
    void values_are_kept_as_given() throws IOException {
        byte[] zip = export();
        var cooperations = rows(zip, ExchangeFormat.File.COOPERATIONS);
        // A since year stays a year, an ISO date stays a date; intensity is a number.
        assertThat(cooperations)
                .contains(List.of(
                        "HZ-LK",
                        "ST-KGC",
                        "AGREEMENT",
                        "2023",
                        "",
                        "3",
                        "Kooperationsvereinbarung zwischen Landkreis und KGC als Grundlage der gemeinsamen"
                                + " Gesundheitsarbeit im Modellvorhaben „Gesund im Landkreis Harz“."));
        assertThat(cooperations).contains(List.of("HZ-GA", "ST-LVG", "EXCHANGE", "2023", "", "1", ""));
        assertThat(cooperations.stream()
                        .filter(r -> r.get(0).equals("HZ-GA") && r.get(1).equals("ST-KGC")))
                .singleElement()
                .satisfies(r -> assertThat(r.get(3)).isEqualTo("2023-04-24"));
        // An empty contribution phase list stays empty (the actor's own phases).
        assertThat(rows(zip, ExchangeFormat.File.CHAIN_CONTRIBUTIONS)).contains(List.of("GERA-PK", "GERA-AGV", ""));
        assertThat(rows(zip, ExchangeFormat.File.CHAINS))
                .contains(List.of("GERA-PK", "Präventionskette Gera", "16052000", "IN_PROGRESS"));
        // An event's date is ISO, its place 8 digits.
        for (List<String> event : rows(zip, ExchangeFormat.File.EVENTS).subList(1, 6)) {
            assertThat(event.get(2)).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(event.get(3)).matches("\\d{8}");
        }
        // A serves list holds exactly the stored areas, whatever they are (also the seat).
        var actorRows = rows(zip, ExchangeFormat.File.ACTORS);
        for (List<String> actor : actorRows.subList(1, actorRows.size())) {
            var stored = neo4j.query("MATCH (:Actor {id: $id})-[:SERVES]->(r) RETURN r.ags ORDER BY r.ags")
                    .bind(actor.getFirst())
                    .to("id")
                    .fetchAs(String.class)
                    .all();
            assertThat(actor.get(4)).isEqualTo(String.join("|", stored));
        }
    }

    @Test
    void the_cells_read_back_to_what_the_actor_page_shows() throws IOException {
        var actorRows = rows(export(), ExchangeFormat.File.ACTORS);
        for (List<String> cells : actorRows.subList(1, actorRows.size())) {
            var values = cells.stream().map(ExchangeFormat::unescapeCell).toList();
            var actor = actors.get(values.getFirst());
            assertThat(values.subList(0, 11))
                    .containsExactly(
                            actor.id(),
                            actor.name(),
                            actor.type(),
                            actor.seatAgs(),
                            String.join(
                                    "|",
                                    actor.serves().stream()
                                            .map(a -> a.ags())
                                            .sorted(ExportService.CODE_POINT_ORDER)
                                            .toList()),
                            String.join("|", actor.lifePhases()),
                            String.join(
                                    "|",
                                    actor.topics().stream()
                                            .sorted(ExportService.CODE_POINT_ORDER)
                                            .toList()),
                            orEmpty(actor.website()),
                            orEmpty(actor.email()),
                            orEmpty(actor.phone()),
                            orEmpty(actor.description()));
            // since and until as stored (the actor page's fields are the API's business).
            var stored = neo4j.query(
                            "MATCH (a:Actor {id: $id}) RETURN coalesce(a.since, '') + ';' + coalesce(a.until, '')")
                    .bind(actor.id())
                    .to("id")
                    .fetchAs(String.class)
                    .one()
                    .orElseThrow();
            assertThat(values.get(11) + ";" + values.get(12)).isEqualTo(stored);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Test
    void the_rows_per_file_match_the_store() throws IOException {
        byte[] zip = export();
        Map<ExchangeFormat.File, String> counts = Map.of(
                ExchangeFormat.File.ACTORS, "MATCH (a:Actor) RETURN count(a)",
                ExchangeFormat.File.COOPERATIONS, "MATCH (:Actor)-[c:COOPERATES_WITH]->(:Actor) RETURN count(c)",
                ExchangeFormat.File.NETWORKS, "MATCH (n:Network) RETURN count(n)",
                ExchangeFormat.File.MEMBERSHIPS, "MATCH (:Actor)-[m:MEMBER_OF]->(:Network) RETURN count(m)",
                ExchangeFormat.File.CHAINS, "MATCH (c:PreventionChain) RETURN count(c)",
                ExchangeFormat.File.CHAIN_CONTRIBUTIONS,
                        "MATCH (:Actor)-[k:CONTRIBUTES_TO]->(:PreventionChain) RETURN count(k)",
                ExchangeFormat.File.EVENTS, "MATCH (e:Event) RETURN count(e)",
                ExchangeFormat.File.PARTICIPATIONS, "MATCH (:Actor)-[t:TOOK_PART_IN]->(:Event) RETURN count(t)");
        for (var file : ExchangeFormat.File.values()) {
            assertThat(rows(zip, file).size() - 1L).as(file.fileName()).isEqualTo(count(counts.get(file)));
        }
        // The demo data at least: 59 actors, 85 cooperations, 4 networks, 1 chain with 11 contributors, 5 events.
        assertThat(rows(zip, ExchangeFormat.File.ACTORS).size() - 1).isGreaterThanOrEqualTo(59);
        assertThat(rows(zip, ExchangeFormat.File.COOPERATIONS).size() - 1).isGreaterThanOrEqualTo(85);
        assertThat(rows(zip, ExchangeFormat.File.CHAIN_CONTRIBUTIONS)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(rows(zip, ExchangeFormat.File.EVENTS)).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void a_value_that_a_spreadsheet_would_run_as_a_formula_is_written_with_a_leading_apostrophe() throws IOException {
        signInAs("admin", Role.ADMIN);
        String id = "TEST-EXPORT-FORMULA";
        actors.create(new ActorDraft(
                id,
                "@Testverein",
                "CIVIC_ASSOCIATION",
                "15085135",
                List.of(),
                List.of("OLD_AGE"),
                List.of("=Topic"),
                null,
                null,
                "+49 3941 000000",
                "=HYPERLINK(\"https://example.org\";\"Klick\")\n-zweite Zeile"));
        try {
            var cells = row(rows(export(), ExchangeFormat.File.ACTORS), id);
            assertThat(cells.get(1)).isEqualTo("'@Testverein");
            assertThat(cells.get(6)).isEqualTo("'=Topic");
            assertThat(cells.get(9)).isEqualTo("'+49 3941 000000");
            assertThat(cells.get(10)).isEqualTo("'=HYPERLINK(\"https://example.org\";\"Klick\")\n-zweite Zeile");
            assertThat(ExchangeFormat.unescapeCell(cells.get(10))).startsWith("=HYPERLINK");
            // A demo value that is safe stays untouched.
            assertThat(row(rows(export(), ExchangeFormat.File.ACTORS), "ST-LVG").get(1))
                    .startsWith("Landesvereinigung");
        } finally {
            actors.delete(id);
        }
        neo4j.query("MATCH (t:Topic {code: $code}) WHERE NOT EXISTS { ()-[:WORKS_ON]->(t) } DELETE t")
                .bind("topic")
                .to("code")
                .run();
    }
}
