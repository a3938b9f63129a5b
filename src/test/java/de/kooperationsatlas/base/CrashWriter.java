package de.kooperationsatlas.base;

import java.nio.file.Path;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Run in a child JVM by {@link DurabilityTest}: starts the embedded store, commits one node, says so,
 * and waits to be killed with SIGKILL.
 */
public final class CrashWriter {

    public static void main(String[] args) throws Exception {
        var data = new DataFolder(Path.of(args[0]));
        var store = EmbeddedStore.start(data, 0, "crash-test-password");
        try (var driver = GraphDatabase.driver(store.boltUri(), AuthTokens.basic(store.username(), store.password()));
                var session = driver.session()) {
            session.executeWrite(
                    tx -> tx.run("CREATE (:Actor {id: $id, name: 'Vor dem Absturz'})", java.util.Map.of("id", args[1]))
                            .consume());
            System.out.println("COMMITTED " + args[1]);
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
