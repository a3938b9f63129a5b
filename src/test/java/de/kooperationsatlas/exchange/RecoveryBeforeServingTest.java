package de.kooperationsatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.base.DataFolder;
import de.kooperationsatlas.base.EmbeddedStore;
import de.kooperationsatlas.base.PrivateStore;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * An import that a killed process left half written is undone before the HTTP port opens: no request
 * can read its batches, and no edit confirmed to a user can be undone with them afterwards.
 */
@Execution(ExecutionMode.CONCURRENT)
class RecoveryBeforeServingTest {

    private static final String ADMIN_PASSWORD = "recovery-admin-123";

    @TempDir
    Path data;

    @Test
    void an_interrupted_import_is_undone_before_the_port_opens() throws Exception {
        leaveAnInterruptedImport();
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path out = Files.createTempFile("recovery-out", ".txt");
        Process app = ChildApp.start(
                data, Map.of("SERVER_PORT", String.valueOf(port), "ATLAS_ADMIN_PASSWORD", ADMIN_PASSWORD), out, null);
        try {
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            // Anonymous probes until the app is ready (the first admin is made after the port opens;
            // Basic calls before that would be counted as failed sign-ins and throttled).
            var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .build();
            int[] readiness = {-1};
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        try {
                            readiness[0] = http.send(ready, HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (java.io.IOException notYetListening) {
                            // The port is not open yet.
                        }
                        return readiness[0] == 200 || !app.isAlive();
                    });
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/actors/CRASH-NEW"))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build();
            int status = readiness[0] == 200
                    ? http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()
                    : -1;
            String log = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(status).as(log).isEqualTo(404);
            int undone = log.indexOf("Import crash-run undone");
            int listening = log.indexOf("Tomcat started on port");
            assertThat(undone).as(log).isPositive();
            assertThat(listening).as(log).isPositive();
            assertThat(undone).as("the import is undone before the port opens").isLessThan(listening);
        } finally {
            app.destroy();
            app.waitFor();
            Files.deleteIfExists(out);
        }
    }

    /**
     * What {@code kill -9} during an import leaves: a batch committed in the domain store (a new actor)
     * and the journal that says how to undo it (written ahead into the private store), the run not done.
     */
    private void leaveAnInterruptedImport() {
        var folder = new DataFolder(data);
        try (var store = EmbeddedStore.start(folder, 0, null);
                var driver =
                        GraphDatabase.driver(store.boltUri(), AuthTokens.basic(store.username(), store.password()));
                var session = driver.session()) {
            session.run("CREATE (:Actor {id: 'CRASH-NEW', name: 'Halb importiert'})")
                    .consume();
        }
        try (var journal = PrivateStore.start(folder)) {
            journal.execute("""
                    CREATE (:ImportRun {id: 'crash-run', state: 'RUNNING', startedAt: datetime(), by: 'admin'})
                    CREATE (:ImportUndo {run: 'crash-run', seq: 1, op: 'created', label: 'Actor', keys: $keys})""", Map.of("keys", List.of("CRASH-NEW")));
        }
    }
}
