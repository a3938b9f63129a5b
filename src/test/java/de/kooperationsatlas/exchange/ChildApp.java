package de.kooperationsatlas.exchange;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The app's main class in a child JVM on a data folder of its own (as an operator starts it). */
final class ChildApp {

    /** How long one command may take: a first start creates two stores and loads every municipality. */
    private static final int MAX_SECONDS = 300;

    private ChildApp() {}

    /** A finished command: its exit code, output and error output, and how long it took. */
    record Run(int exit, String out, String err, long millis) {

        @Override
        public String toString() {
            return "exit " + exit + " after " + millis + " ms\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /**
     * Starts the app (or a command, by {@code args}) with this environment; output goes to {@code out},
     * error output to {@code err} or, when that is null, to {@code out} as well.
     */
    static Process start(Path data, Map<String, String> environment, Path out, @Nullable Path err, String... args)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // Without the test classes: the child is the app as shipped, not the test suite's context.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                // A short-lived JVM: the quick compiler only, which starts the app sooner on two cores.
                "-XX:TieredStopAtLevel=1",
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
        builder.environment().putAll(environment);
        builder.redirectOutput(out.toFile());
        if (err == null) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(err.toFile());
        }
        return builder.start();
    }

    /** Runs a command to its end, with its output and error output apart. */
    static Run run(Path data, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("child-out", ".txt");
        Path err = Files.createTempFile("child-err", ".txt");
        try {
            long started = System.nanoTime();
            Process process = start(data, Map.of(), out, err, args);
            if (!process.waitFor(MAX_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The command line " + String.join(" ", args) + " did not end within "
                        + MAX_SECONDS + " s:\n" + Files.readString(out, StandardCharsets.UTF_8)
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            var run = new Run(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8),
                    (System.nanoTime() - started) / 1_000_000);
            System.out.println("CHILD " + String.join(" ", args) + ": " + run);
            return run;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
