package de.kooperationsatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.base.PrivateStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The command line as an operator runs it: the app's main class in a child JVM on a data folder of its
 * own ({@link ChildApp}), with exit codes, progress on stdout and problems on stderr. Every command that
 * opens the store starts the app once, so one data folder goes through a whole operator's day: a broken
 * bundle, a clean one, the export, a backup, and a restore into a new folder that exports the same.
 */
@Execution(ExecutionMode.CONCURRENT)
class CliTest {

    @TempDir
    Path temp;

    @Test
    void a_clean_import_is_exported_backed_up_and_restored_into_a_new_folder_after_a_broken_one_was_refused()
            throws Exception {
        Path data = temp.resolve("data");

        var broken = ChildApp.run(data, "import", resource("broken").toString());

        assertThat(broken.exit()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.err())
                .contains("actors.csv, Zeile 4, Spalte type: ")
                .contains("„BAKERY“")
                .contains("1 Problem gefunden; es wurde nichts geschrieben.")
                .doesNotContain("1 Probleme");
        // A key that lost its leading zero is put right and named as a note.
        assertThat(broken.out())
                .contains("Hinweis: actors.csv, Zeile 3, Spalte seat_ags: ")
                .contains("„01001000“");

        var clean = ChildApp.run(data, "import", resource("valid").toString());

        assertThat(clean.exit()).as(clean.toString()).isZero();
        assertThat(clean.out())
                .contains("cli:" + System.getProperty("user.name"))
                .contains("actors.csv: UTF-8, Trennzeichen „;“, 2 Zeilen")
                .contains("Angelegt: Akteure 2, Kooperationen 1");
        assertThat(clean.err()).doesNotContain("Exception");

        Path zip = temp.resolve("out").resolve("export.zip");
        var export = ChildApp.run(data, "export", zip.toString());

        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.out()).contains("actors.csv 2", "cooperations.csv 1");
        var exported = entries(zip);
        assertThat(exported.get("actors.csv"))
                .contains("CLI-A1;Gesundheitsamt Gera (Kommandozeile);PUBLIC_HEALTH_OFFICE;16052000")
                .contains("Bewegungsförderung")
                .contains(";'+49 365 000000;;2019;\r\n")
                .contains("CLI-A2;Sportverein Zeitz;SPORTS;15084590;;;;;;;;2020-09-01;2024\r\n");
        assertThat(exported.get("cooperations.csv"))
                .contains("CLI-A1;CLI-A2;EXCHANGE;2024;2025-06-30;2;'=Austausch über Öffentlichkeitsarbeit");

        a_backup_restored_into_a_new_folder_exports_the_same_bundle_and_keeps_the_users(data, zip);
    }

    /** {@code backup <folder>} with the app stopped, then {@code restore <folder>} into a new data folder. */
    private void a_backup_restored_into_a_new_folder_exports_the_same_bundle_and_keeps_the_users(
            Path data, Path exportedBefore) throws Exception {
        Path backup = temp.resolve("backup");
        Path restored = temp.resolve("restored");
        try (var store = PrivateStore.start(data.resolve(PrivateStore.FOLDER))) {
            store.execute(
                    "CREATE (:User {name: 'backup-admin', roles: ['ADMIN'], regions: [], enabled: true, passwordHash: 'h'})",
                    Map.of());
        }

        var saved = ChildApp.run(data, "backup", backup.toString());
        assertThat(saved.exit()).as(saved.toString()).isZero();
        assertThat(backup.resolve("neo4j")).isDirectory();
        assertThat(backup.resolve(PrivateStore.FOLDER)).isDirectory();
        assertThat(backup.resolve(CommandLine.BACKUP_EXPORT)).isRegularFile();

        var refused = ChildApp.run(data, "restore", backup.toString());
        assertThat(refused.exit())
                .as("a data folder with stores is not overwritten")
                .isEqualTo(1);

        var back = ChildApp.run(restored, "restore", backup.toString());
        assertThat(back.exit()).as(back.toString()).isZero();

        Path after = temp.resolve("after.zip");
        assertThat(ChildApp.run(restored, "export", after.toString()).exit()).isZero();
        var exported = entries(exportedBefore);
        assertThat(entries(after)).isEqualTo(exported);
        // The export writes fixed entry times, so equal content means equal bytes.
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(exportedBefore));
        assertThat(entries(backup.resolve(CommandLine.BACKUP_EXPORT))).isEqualTo(exported);

        try (var store = PrivateStore.start(restored.resolve(PrivateStore.FOLDER))) {
            assertThat(store.query("MATCH (u:User {name: 'backup-admin'}) RETURN u.roles AS roles", Map.of()))
                    .hasSize(1);
        }
    }

    @Test
    void a_store_held_by_the_running_app_is_named_instead_of_a_lock_failure() throws Exception {
        Path data = temp.resolve("held");
        Path lock = data.resolve("neo4j/data/databases/store_lock");
        Files.createDirectories(lock.getParent());
        try (var channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var held = channel.lock()) {
            var refused = ChildApp.run(data, "import", resource("valid").toString());

            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err())
                    .contains(
                            "Die Anwendung läuft bereits und hält den eingebetteten Speicher (" + data.resolve("neo4j"))
                    .contains("The application is already running and holds the embedded store")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void a_missing_argument_prints_how_to_call_it() throws Exception {
        var usage = ChildApp.run(temp.resolve("usage"), "import");

        assertThat(usage.exit()).isEqualTo(1);
        assertThat(usage.err()).contains("java -jar kooperationsatlas.jar import <Ordner-oder-ZIP>");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CliTest.class.getResource("/exchange/cli/" + name).toURI());
    }

    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip);
                var in = new ZipInputStream(file)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
