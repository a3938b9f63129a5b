package de.kooperationsatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator runs it: the app's main class in a child JVM on a data folder of its
 * own, with exit codes, progress on stdout and problems on stderr. One child per command (each starts
 * the embedded store), so the cases share one data folder: a broken bundle, then a clean one, then the
 * export.
 */
class CliTest {

    @TempDir
    Path data;

    @Test
    void a_broken_bundle_is_refused_with_its_problems_and_a_clean_one_is_imported_and_exported() throws Exception {
        Run broken = run("import", resource("broken").toString());

        assertThat(broken.exit()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.err())
                .contains("actors.csv, Zeile 4, Spalte type: ")
                .contains("„BAKERY“")
                .contains("1 Probleme gefunden; es wurde nichts geschrieben.");
        // A key that lost its leading zero is put right and named as a note.
        assertThat(broken.out())
                .contains("Hinweis: actors.csv, Zeile 3, Spalte seat_ags: ")
                .contains("„01001000“");

        Run clean = run("import", resource("valid").toString());

        assertThat(clean.exit()).as(clean.toString()).isZero();
        assertThat(clean.out())
                .contains("cli:" + System.getProperty("user.name"))
                .contains("actors.csv: UTF-8, Trennzeichen „;“, 2 Zeilen")
                .contains("Angelegt: Akteure 2, Kooperationen 1");
        assertThat(clean.err()).doesNotContain("Exception");

        Path zip = data.resolve("out").resolve("export.zip");
        Run export = run("export", zip.toString());

        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.out()).contains("actors.csv 2", "cooperations.csv 1");
        assertThat(entries(zip).get("actors.csv"))
                .contains("CLI-A1;Gesundheitsamt Gera (Kommandozeile);PUBLIC_HEALTH_OFFICE;16052000")
                .contains("Bewegungsförderung");
        assertThat(entries(zip).get("cooperations.csv")).contains("'=Austausch über Öffentlichkeitsarbeit");
    }

    @Test
    void a_store_held_by_the_running_app_is_named_instead_of_a_lock_failure() throws Exception {
        Path lock = data.resolve("neo4j/data/databases/store_lock");
        Files.createDirectories(lock.getParent());
        try (var channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var held = channel.lock()) {
            Run refused = run("import", resource("valid").toString());

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
        Run usage = run("import");

        assertThat(usage.exit()).isEqualTo(1);
        assertThat(usage.err()).contains("java -jar kooperationsatlas.jar import <Ordner-oder-ZIP>");
    }

    private record Run(int exit, String out, String err, long millis) {

        @Override
        public String toString() {
            return "exit " + exit + " after " + millis + " ms\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs the app's main class with these arguments in a child JVM on the temporary data folder. */
    private Run run(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // Without the test classes: the child is the app as shipped, not the test suite's context.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8",
                "-cp",
                classPath,
                "de.kooperationsatlas.Application"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().put("ATLAS_DATA_DIR", data.toString());
        builder.environment().put("ATLAS_BOLT_PORT", "0");
        builder.environment().put("LANG", "de_DE.UTF-8");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().remove("NEO4J_URI");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        // A first start creates two stores and loads every municipality: minutes on a busy machine.
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("The command line " + String.join(" ", args) + " did not end within 300 s:\n"
                    + Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
        }
        var run = new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                (System.nanoTime() - started) / 1_000_000);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        System.out.println("CLI " + String.join(" ", args) + ": " + run);
        return run;
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
