package de.kooperationsatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.base.PrivateStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup <folder>} with the app stopped, then {@code restore <folder>} into a new data folder: the
 * restored app exports the same bundle, and the private records (users) came along.
 */
class BackupCliTest {

    @TempDir
    Path temp;

    @Test
    void a_backup_restored_into_a_new_data_folder_exports_the_same_bundle_and_keeps_the_users() throws Exception {
        Path data = temp.resolve("data");
        Path backup = temp.resolve("backup");
        Path restored = temp.resolve("restored");
        var imported = ChildApp.run(data, "import", resource("valid").toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
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

        Path before = temp.resolve("before.zip");
        Path after = temp.resolve("after.zip");
        assertThat(ChildApp.run(data, "export", before.toString()).exit()).isZero();
        assertThat(ChildApp.run(restored, "export", after.toString()).exit()).isZero();
        var exported = entries(before);
        assertThat(exported.get("actors.csv")).contains("CLI-A1");
        assertThat(entries(after)).isEqualTo(exported);
        // The export writes fixed entry times, so equal content means equal bytes.
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
        assertThat(entries(backup.resolve(CommandLine.BACKUP_EXPORT))).isEqualTo(exported);

        try (var store = PrivateStore.start(restored.resolve(PrivateStore.FOLDER))) {
            assertThat(store.query("MATCH (u:User {name: 'backup-admin'}) RETURN u.roles AS roles", Map.of()))
                    .hasSize(1);
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BackupCliTest.class.getResource("/exchange/cli/" + name).toURI());
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
