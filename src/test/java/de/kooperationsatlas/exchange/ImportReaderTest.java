package de.kooperationsatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Reading bundles as spreadsheets write them, and refusing ZIPs that try to escape or explode. */
class ImportReaderTest {

    private final BundleReader reader = BundleReader.withDefaults();

    static Path resource(String name) {
        try {
            return Path.of(ImportReaderTest.class
                    .getResource("/exchange/import/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void a_utf8_comma_bundle_is_detected_with_physical_lines() {
        Bundle bundle = reader.readFolder(resource("clean"));
        assertThat(bundle.issues()).isEmpty();
        BundleTable actors = bundle.tables().getFirst();
        assertThat(actors.file()).isEqualTo(ExchangeFormat.File.ACTORS);
        assertThat(actors.encoding()).isEqualTo("UTF-8");
        assertThat(actors.delimiter()).isEqualTo(',');
        // The first record spans lines 2 and 3, so the next ones start on 4 and 5; the empty last line is dropped.
        assertThat(actors.rows()).extracting(BundleRow::line).containsExactly(2, 4, 5);
        var first = actors.rows().getFirst();
        assertThat(actors.value(first, "description"))
                .isEqualTo("Zeile eins\nZeile zwei; mit Semikolon, Komma und \"Zitat\"");
        var third = actors.rows().get(2);
        assertThat(actors.value(third, "name")).isEqualTo("Kita Baierbrunn (Importtest)");
        assertThat(actors.value(third, "description")).isEqualTo("=Formel");
        assertThat(bundle.tables()).hasSize(8);
    }

    @Test
    void a_semicolon_windows_1252_crlf_bundle_reads_the_same_values() {
        Bundle excel = reader.readFolder(resource("clean-excel"));
        Bundle clean = reader.readFolder(resource("clean"));
        assertThat(excel.issues()).isEmpty();
        BundleTable actors = excel.tables().getFirst();
        assertThat(actors.encoding()).isEqualTo("Windows-1252");
        assertThat(actors.delimiter()).isEqualTo(';');
        assertThat(actors.rows()).extracting(BundleRow::line).containsExactly(2, 4, 5);
        assertThat(actors.value(actors.rows().getFirst(), "name")).isEqualTo("Gesundheitsamt München (Importtest)");
        for (int i = 0; i < clean.tables().size(); i++) {
            var a = clean.tables().get(i);
            var b = excel.tables().get(i);
            assertThat(b.columns()).isEqualTo(a.columns());
            assertThat(b.rows()).hasSameSizeAs(a.rows());
            for (int r = 0; r < a.rows().size(); r++) {
                assertThat(b.rows().get(r).cells().stream()
                                .map(c -> c.replace("\r\n", "\n"))
                                .toList())
                        .isEqualTo(a.rows().get(r).cells());
            }
        }
    }

    @Test
    void utf8_with_bom_and_trimmed_header_names_are_read() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = " event_id ; actor_id \nE1;A1\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        Bundle bundle = reader.readFiles(java.util.List.of(new BundleFile("participations.csv", both)));
        assertThat(bundle.issues()).isEmpty();
        BundleTable table = bundle.tables().getFirst();
        assertThat(table.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(table.columns()).containsExactly("event_id", "actor_id");
        assertThat(table.value(table.rows().getFirst(), "actor_id")).isEqualTo("A1");
    }

    @Test
    void an_empty_file_is_a_problem_of_the_file_and_a_header_only_file_is_fine() {
        Bundle bundle = reader.readFiles(java.util.List.of(
                new BundleFile("events.csv", new byte[0]),
                new BundleFile("participations.csv", "event_id,actor_id\r\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(bundle.issues())
                .extracting(ImportIssue::file, ImportIssue::line, ImportIssue::column, ImportIssue::messageKey)
                .containsExactly(tuple("events.csv", null, null, "import.error.empty"));
        assertThat(bundle.tables())
                .singleElement()
                .satisfies(t -> assertThat(t.rows()).isEmpty());
    }

    @Test
    void a_zip_with_one_top_folder_is_read() throws IOException {
        byte[] zip = zip(Map.of(
                "bundle/actors.csv", Files.readAllBytes(resource("clean/actors.csv")),
                "bundle/events.csv", Files.readAllBytes(resource("clean/events.csv"))));
        Bundle bundle = reader.readZip("bundle.zip", new ByteArrayInputStream(zip));
        assertThat(bundle.issues()).isEmpty();
        assertThat(bundle.tables())
                .extracting(BundleTable::file)
                .containsExactly(ExchangeFormat.File.ACTORS, ExchangeFormat.File.EVENTS);
    }

    @Test
    void zip_entries_escaping_the_folder_nested_folders_and_unknown_files_are_refused() throws IOException {
        byte[] zip = zip(Map.of(
                "../evil.csv", "x".getBytes(StandardCharsets.UTF_8),
                "bundle/sub/actors.csv", "id\n".getBytes(StandardCharsets.UTF_8),
                "bundle/notes.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        Bundle bundle = reader.readZip("bundle.zip", new ByteArrayInputStream(zip));
        assertThat(bundle.tables()).isEmpty();
        assertThat(bundle.issues())
                .extracting(ImportIssue::file, ImportIssue::line, ImportIssue::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("../evil.csv", null, "import.error.unsafePath"),
                        tuple("bundle/sub/actors.csv", null, "import.error.nestedFolder"),
                        tuple("notes.txt", null, "import.error.unknownFile"));
    }

    @Test
    void a_zip_bomb_is_refused_by_its_ratio() throws IOException {
        byte[] zip = zip(Map.of("actors.csv", new byte[20 * 1024 * 1024]));
        Bundle bundle = reader.readZip("bomb.zip", new ByteArrayInputStream(zip));
        assertThat(bundle.issues())
                .extracting(ImportIssue::file, ImportIssue::messageKey)
                .containsExactly(tuple("actors.csv", "import.error.ratio"));
    }

    @Test
    void an_unclosed_quote_is_a_problem_of_the_file() {
        Bundle bundle = reader.readFiles(java.util.List.of(new BundleFile(
                "participations.csv", "event_id,actor_id\nE1,\"A1\nE2,A2\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(bundle.issues())
                .extracting(ImportIssue::file, ImportIssue::line, ImportIssue::messageKey)
                .containsExactly(tuple("participations.csv", null, "import.error.quoting"));
    }
}
