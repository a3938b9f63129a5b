package de.kooperationsatlas.base;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data of {@code cypher/demo/*.cypher} (Landkreis Harz, the KGC Sachsen-Anhalt, Huy and
 * Osterwieck, Gera's network), loaded in one transaction by the demo profile (once per store, so a
 * restart keeps what users changed) and by tests. The files MERGE on business keys, so loading them
 * again changes nothing.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Neo4jClient neo4j;
    private final CypherScripts scripts;
    private final TransactionTemplate transactions;

    DemoData(Neo4jClient neo4j, CypherScripts scripts, TransactionTemplate transactions) {
        this.neo4j = neo4j;
        this.scripts = scripts;
        this.transactions = transactions;
    }

    /** Runs every demo file in name order; answers the files run. */
    public List<String> load() {
        long started = System.nanoTime();
        List<String> files = scripts.files("demo");
        transactions.executeWithoutResult(status -> {
            for (String file : files) {
                for (String statement : scripts.statements(file)) {
                    neo4j.query(statement).run();
                }
            }
        });
        log.info("Demo data loaded from {} files in {} ms", files.size(), (System.nanoTime() - started) / 1_000_000);
        return files;
    }

    /** Whether the demo profile loaded the demo data into this store already. */
    boolean loadedBefore() {
        return neo4j.query("MATCH (s:AtlasStore {id: 'store'}) RETURN s.demoDataLoadedAt IS NOT NULL")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    void markLoaded() {
        neo4j.query("MERGE (s:AtlasStore {id: 'store'}) SET s.demoDataLoadedAt = datetime()")
                .run();
    }

    @Component
    @Profile("demo")
    @Order(StartupOrder.DEMO_DATA)
    static class OnStart implements ApplicationRunner {

        private final DemoData demo;

        OnStart(DemoData demo) {
            this.demo = demo;
        }

        @Override
        public void run(ApplicationArguments args) {
            // Once per store: later starts keep what users changed in the demo.
            if (!demo.loadedBefore()) {
                demo.load();
                demo.markLoaded();
            }
        }
    }
}
