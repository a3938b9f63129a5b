package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** {@code kill -9} of a process holding the embedded store loses no committed change. */
@Execution(ExecutionMode.CONCURRENT)
class DurabilityTest {

    @Test
    void a_committed_change_survives_kill_minus_nine(@TempDir Path data) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var child = new ProcessBuilder(
                        java,
                        "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashWriter.class.getName(),
                        data.toString(),
                        "CRASH-1")
                .redirectErrorStream(true)
                .start();
        boolean committed = false;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("COMMITTED CRASH-1")) {
                    committed = true;
                    break;
                }
            }
            assertThat(committed).as("the child committed").isTrue();
            // SIGKILL: no shutdown hook, no clean close of the store.
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        var store = EmbeddedStore.start(new DataFolder(data), 0, null);
        try (store;
                var driver =
                        GraphDatabase.driver(store.boltUri(), AuthTokens.basic(store.username(), store.password()));
                var session = driver.session()) {
            assertThat(store.password()).isEqualTo("crash-test-password");
            long found = session.run("MATCH (a:Actor {id: 'CRASH-1'}) RETURN count(a)")
                    .single()
                    .get(0)
                    .asLong();
            assertThat(found).isEqualTo(1);
        }
    }
}
