package de.kooperationsatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.DataFolder;
import de.kooperationsatlas.base.EmbeddedStore;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.exchange.Bundle;
import de.kooperationsatlas.exchange.BundleReader;
import de.kooperationsatlas.exchange.BundleRow;
import de.kooperationsatlas.exchange.BundleTable;
import de.kooperationsatlas.exchange.ImportResult;
import de.kooperationsatlas.exchange.ImportService;
import de.kooperationsatlas.exchange.generator.BundleGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Import at scale (issue 4, "Performance"): generates the synthetic bundle ({@code -Dbench.actors},
 * default 100,000), then on a fresh embedded store runs the app's dry run and real import, and imports
 * the same rows into a second fresh store with a bare batched {@code UNWIND … MERGE} through the driver
 * (the in-app limit). Prints times, rows/s per file, the ratio and the peak heap. Run with
 * {@code ./mvnw -Pbench test} (not part of the default build: surefire only picks {@code *Test}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportBenchmark {

    /**
     * {@code -Dbench.driverLogging=slf4j}: the app and the baseline use a driver with SLF4J logging.
     * Driver 6.2.1's default {@code SystemLogger.debug} formats every message before the level check,
     * so each {@code RUN} of a 10,000-row batch is turned into a string of several MB and dropped.
     */
    private static final boolean SLF4J_DRIVER_LOGGING =
            "slf4j".equals(System.getProperty("bench.driverLogging", "system"));

    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
            name = "bench.driverLogging",
            havingValue = "slf4j")
    static class Slf4jDriverLogging {

        @org.springframework.context.annotation.Bean(destroyMethod = "close")
        @org.springframework.context.annotation.Primary
        org.neo4j.driver.Driver benchDriver(EmbeddedStore store) {
            return GraphDatabase.driver(
                    store.boltUri(), AuthTokens.basic(store.username(), store.password()), driverConfig());
        }
    }

    static org.neo4j.driver.Config driverConfig() {
        var config = org.neo4j.driver.Config.builder().withMaxConnectionPoolSize(50);
        if (SLF4J_DRIVER_LOGGING) {
            config.withLogging(org.neo4j.driver.Logging.slf4j());
        }
        return config.build();
    }

    private static final Path DATA_DIR = temporaryDir("atlas-bench-");
    private static final int ACTORS = Integer.getInteger("bench.actors", 100_000);
    private static final int BATCH = 10_000;

    @Autowired
    ImportService imports;

    @Autowired
    BundleReader reader;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    de.kooperationsatlas.base.PrivateStore privateStore;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("atlas.data-dir", DATA_DIR::toString);
        registry.add("atlas.bolt-port", () -> "0");
        registry.add("atlas.neo4j.uri", () -> "");
        registry.add("atlas.admin-password", () -> "bench-admin-password");
    }

    @Test
    void import_at_scale() throws Exception {
        var heap = new HeapSampler();
        var report = new StringBuilder();
        report.append(
                "%n=== ImportBenchmark: %,d actors, %s, %d cores, max heap %,d MiB, driver logging %s, load %s ===%n"
                        .formatted(
                                ACTORS,
                                System.getProperty("java.version"),
                                Runtime.getRuntime().availableProcessors(),
                                Runtime.getRuntime().maxMemory() >> 20,
                                SLF4J_DRIVER_LOGGING ? "slf4j" : "driver default (system)",
                                load()));

        long t0 = System.nanoTime();
        byte[] zip = BundleGenerator.zip(ACTORS, BundleGenerator.DEFAULT_SEED);
        long generated = System.nanoTime() - t0;
        report.append("generate   %8s  (%,d bytes ZIP)%n".formatted(ms(generated), zip.length));

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        privateStore.execute(
                "MERGE (u:User {name: 'admin'}) SET u.roles = ['ADMIN'], u.regions = [], u.enabled = true",
                java.util.Map.of());

        // Dry run: read + validate + compare, nothing written.
        heap.reset();
        t0 = System.nanoTime();
        Bundle bundle = reader.readZip("bench.zip", new ByteArrayInputStream(zip));
        long read = System.nanoTime() - t0;
        ImportResult dry = imports.importBundle(bundle, true);
        long dryRun = System.nanoTime() - t0;
        assertThat(dry.errors()).isEmpty();
        long rows = bundle.tables().stream().mapToLong(t -> t.rows().size()).sum();
        report.append("read ZIP   %8s%n".formatted(ms(read)));
        report.append("dry run    %8s  (read + validate + compare, %,d rows, peak heap %,d MiB, load %s)%n"
                .formatted(ms(dryRun), rows, heap.peakMiB(), load()));

        // Real import, end to end from the ZIP's bytes.
        var timings = captureWriterLog();
        heap.reset();
        bundle = null;
        t0 = System.nanoTime();
        Bundle again = reader.readZip("bench.zip", new ByteArrayInputStream(zip));
        ImportResult result = imports.importBundle(again, false);
        long imported = System.nanoTime() - t0;
        assertThat(result.errors()).isEmpty();
        report.append(
                "import     %8s  (read + validate + write, batch transactions with undo journal) = %,.0f rows/s, peak heap %,d MiB, load %s%n"
                        .formatted(ms(imported), rows / seconds(imported), heap.peakMiB(), load()));
        report.append("  created  %s%n".formatted(result.created()));
        ((Logger) LoggerFactory.getLogger("de.kooperationsatlas.exchange.ImportWriter")).detachAppender(timings);
        Map<String, Long> appWrite = writerTimes(timings);
        report.append("  app per file (compare + write, batch by batch):\n");
        timings.list.forEach(e -> report.append("    %s%n".formatted(e.getFormattedMessage())));
        Map<String, Long> actorCount = Map.of(
                "actors", count("MATCH (a:Actor) RETURN count(a)"),
                "cooperations", count("MATCH ()-[c:COOPERATES_WITH]->() RETURN count(c)"));
        report.append("  store    %s%n".formatted(actorCount));

        // Importing the same bundle again changes nothing.
        var reimportTimings = captureWriterLog();
        heap.reset();
        t0 = System.nanoTime();
        ImportResult second = imports.importBundle(reader.readZip("bench.zip", new ByteArrayInputStream(zip)), false);
        long reimport = System.nanoTime() - t0;
        ((Logger) LoggerFactory.getLogger("de.kooperationsatlas.exchange.ImportWriter"))
                .detachAppender(reimportTimings);
        assertThat(second.created().values()).allMatch(v -> v == 0);
        assertThat(second.updated().values()).allMatch(v -> v == 0);
        report.append("re-import  %8s  (same bundle: 0 created, 0 updated, peak heap %,d MiB, load %s)%n"
                .formatted(ms(reimport), heap.peakMiB(), load()));
        report.append("  re-import per file (compare, nothing to write):\n");
        reimportTimings.list.forEach(e -> report.append("    %s%n".formatted(e.getFormattedMessage())));

        // The baseline: a fresh store, bare batched UNWIND … MERGE through the driver, one transaction per batch.
        heap.reset();
        Map<String, Long> baseline = baseline(reader.readZip("bench.zip", new ByteArrayInputStream(zip)), report);
        long baselineTotal =
                baseline.values().stream().mapToLong(Long::longValue).sum();
        report.append(
                "baseline   %8s  (write only, one transaction per batch) = %,.0f rows/s, peak heap %,d MiB, load %s%n"
                        .formatted(ms(baselineTotal), rows / seconds(baselineTotal), heap.peakMiB(), load()));

        report.append("%-24s %9s %12s %12s %7s%n".formatted("file", "rows", "app rows/s", "bare rows/s", "ratio"));
        Bundle counted = reader.readZip("bench.zip", new ByteArrayInputStream(zip));
        for (BundleTable table : counted.tables()) {
            String name = table.file().fileName();
            long n = table.rows().size();
            double app = n / seconds(appWrite.getOrDefault(name, 1L));
            double bare = n / seconds(baseline.getOrDefault(name, 1L));
            report.append("%-24s %,9d %,12.0f %,12.0f %7.2f%n".formatted(name, n, app, bare, app / bare));
        }
        report.append("ratio end to end (app read+validate+write vs bare write): %.2f; write only: %.2f%n"
                .formatted(
                        (rows / seconds(imported)) / (rows / seconds(baselineTotal)),
                        seconds(baselineTotal)
                                / seconds(appWrite.values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum())));
        heap.stop();
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("bench.report", "target/import-benchmark.txt")), report);
    }

    // --- the bare baseline --------------------------------------------------------------------------

    private Map<String, Long> baseline(Bundle bundle, StringBuilder report) throws IOException {
        Map<String, Long> times = new LinkedHashMap<>();
        Path bareDir = temporaryDir("atlas-bench-bare-");
        try (var store = EmbeddedStore.start(new DataFolder(bareDir), 0, "bench-bare-pw");
                var driver = GraphDatabase.driver(
                        store.boltUri(), AuthTokens.basic(store.username(), store.password()), driverConfig());
                var session = driver.session()) {
            var scripts = new CypherScripts();
            for (String file : scripts.files("schema")) {
                for (String statement : scripts.statements(file)) {
                    session.run(statement).consume();
                }
            }
            List<Map<String, Object>> regions = neo4j.query("""
                            MATCH (r) WHERE r:State OR r:District OR r:Municipality
                            RETURN r.ags AS ags, labels(r)[0] AS label""").fetch().all().stream()
                    .map(r -> (Map<String, Object>) new HashMap<String, Object>(r))
                    .toList();
            session.run("""
                            UNWIND $rows AS r
                            CALL (r) { WITH r WHERE r.label = 'State' MERGE (:State {ags: r.ags}) }
                            CALL (r) { WITH r WHERE r.label = 'District' MERGE (:District {ags: r.ags}) }
                            CALL (r) { WITH r WHERE r.label = 'Municipality' MERGE (:Municipality {ags: r.ags}) }""", Map.<String, Object>of("rows", regions)).consume();
            session.run(
                            "UNWIND $codes AS c MERGE (:LifePhase {code: c})",
                            Map.<String, Object>of(
                                    "codes",
                                    Arrays.stream(LifePhase.values())
                                            .map(LifePhase::name)
                                            .toList()))
                    .consume();
            // One transaction per batch statement, as the app commits batch by batch (a single
            // transaction for the whole bundle needs a heap of about 4 GiB).
            for (BundleTable table : bundle.tables()) {
                long t0 = System.nanoTime();
                bare(session, table);
                times.put(table.file().fileName(), System.nanoTime() - t0);
            }
            report.append(
                    "  bare store %s%n".formatted(session.run("""
                                    RETURN COUNT { (:Actor) } AS actors, COUNT { ()-[:COOPERATES_WITH]->() } AS cooperations""").single().asMap()));
        }
        // The bare store holds a few hundred MB; the app's store stays for a look (atlas-bench-* in the temp folder).
        try (var paths = Files.walk(bareDir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
        return times;
    }

    private static void bare(Session tx, BundleTable t) {
        Function<BundleRow, Map<String, Object>> row = r -> {
            Map<String, Object> m = new HashMap<>();
            for (String column : t.columns()) {
                String v = t.text(r, column);
                m.put(column, v.isEmpty() ? null : v);
            }
            return m;
        };
        switch (t.file()) {
            case ACTORS -> {
                batches(
                        tx,
                        t,
                        r -> {
                            var m = row.apply(r);
                            byLevel(m, "serves");
                            m.put("life_phases", list(m.get("life_phases")));
                            m.put(
                                    "topics",
                                    list(m.get("topics")).stream()
                                            .map(label -> Map.of("code", Topics.slug(label), "label", label))
                                            .toList());
                            return m;
                        },
                        """
                        UNWIND $rows AS r
                        MERGE (a:Actor {id: r.id})
                        SET a.name = r.name, a.type = r.type, a.website = r.website, a.email = r.email,
                            a.phone = r.phone, a.description = r.description
                        WITH a, r
                        MATCH (m:Municipality {ags: r.seat_ags})
                        MERGE (a)-[:SEATED_IN]->(m)""",
                        """
                        UNWIND $rows AS r
                        MATCH (a:Actor {id: r.id})
                        UNWIND r.serves_2 AS ags
                        MATCH (t:State {ags: ags})
                        MERGE (a)-[:SERVES]->(t)""",
                        """
                        UNWIND $rows AS r
                        MATCH (a:Actor {id: r.id})
                        UNWIND r.serves_5 AS ags
                        MATCH (t:District {ags: ags})
                        MERGE (a)-[:SERVES]->(t)""",
                        """
                        UNWIND $rows AS r
                        MATCH (a:Actor {id: r.id})
                        UNWIND r.serves_8 AS ags
                        MATCH (t:Municipality {ags: ags})
                        MERGE (a)-[:SERVES]->(t)""",
                        """
                        UNWIND $rows AS r
                        MATCH (a:Actor {id: r.id})
                        UNWIND r.life_phases AS code
                        MATCH (p:LifePhase {code: code})
                        MERGE (a)-[:ACTIVE_IN]->(p)""",
                        """
                        UNWIND $rows AS r
                        MATCH (a:Actor {id: r.id})
                        UNWIND r.topics AS topic
                        MERGE (t:Topic {code: topic.code}) ON CREATE SET t.label = topic.label
                        MERGE (a)-[:WORKS_ON]->(t)""");
            }
            case COOPERATIONS ->
                batches(
                        tx,
                        t,
                        r -> {
                            var m = row.apply(r);
                            m.put(
                                    "intensity",
                                    m.get("intensity") == null ? null : Long.valueOf((String) m.get("intensity")));
                            return m;
                        },
                        """
                    UNWIND $rows AS r
                    MATCH (a:Actor {id: r.actor_a}), (b:Actor {id: r.actor_b})
                    MERGE (a)-[c:COOPERATES_WITH]->(b)
                    SET c.kind = r.kind, c.since = r.since, c.intensity = r.intensity, c.note = r.note""");
            case NETWORKS ->
                batches(
                        tx,
                        t,
                        r -> {
                            var m = row.apply(r);
                            byLevel(m, "covers");
                            return m;
                        },
                        """
                    UNWIND $rows AS r
                    MERGE (n:Network {id: r.id}) SET n.name = r.name, n.description = r.description""",
                        """
                    UNWIND $rows AS r
                    MATCH (n:Network {id: r.id})
                    UNWIND r.covers_2 AS ags
                    MATCH (t:State {ags: ags})
                    MERGE (n)-[:COVERS]->(t)""",
                        """
                    UNWIND $rows AS r
                    MATCH (n:Network {id: r.id})
                    UNWIND r.covers_5 AS ags
                    MATCH (t:District {ags: ags})
                    MERGE (n)-[:COVERS]->(t)""",
                        """
                    UNWIND $rows AS r
                    MATCH (n:Network {id: r.id})
                    UNWIND r.covers_8 AS ags
                    MATCH (t:Municipality {ags: ags})
                    MERGE (n)-[:COVERS]->(t)""");
            case MEMBERSHIPS -> batches(tx, t, row, """
                    UNWIND $rows AS r
                    MATCH (a:Actor {id: r.actor_id}), (n:Network {id: r.network_id})
                    MERGE (a)-[x:MEMBER_OF]->(n) SET x.role = r.role, x.since = r.since""");
            case CHAINS -> batches(tx, t, row, """
                    UNWIND $rows AS r
                    MERGE (c:PreventionChain {id: r.id}) SET c.name = r.name, c.status = r.status
                    WITH c, r
                    OPTIONAL MATCH (d:District {ags: r.region_ags})
                    OPTIONAL MATCH (m:Municipality {ags: r.region_ags})
                    WITH c, coalesce(d, m) AS t
                    MERGE (c)-[:FOR_REGION]->(t)""");
            case CHAIN_CONTRIBUTIONS ->
                batches(
                        tx,
                        t,
                        r -> {
                            var m = row.apply(r);
                            m.put("life_phases", list(m.get("life_phases")));
                            return m;
                        },
                        """
                    UNWIND $rows AS r
                    MATCH (a:Actor {id: r.actor_id}), (c:PreventionChain {id: r.chain_id})
                    MERGE (a)-[x:CONTRIBUTES_TO]->(c) SET x.phases = r.life_phases""");
            case EVENTS ->
                batches(
                        tx,
                        t,
                        r -> {
                            var m = row.apply(r);
                            m.put("date", LocalDate.parse((String) m.get("date")));
                            return m;
                        },
                        """
                    UNWIND $rows AS r
                    MERGE (e:Event {id: r.id}) SET e.name = r.name, e.date = r.date
                    WITH e, r
                    MATCH (m:Municipality {ags: r.municipality_ags})
                    MERGE (e)-[:HELD_IN]->(m)""");
            case PARTICIPATIONS -> batches(tx, t, row, """
                    UNWIND $rows AS r
                    MATCH (a:Actor {id: r.actor_id}), (e:Event {id: r.event_id})
                    MERGE (a)-[:TOOK_PART_IN]->(e)""");
        }
    }

    private static void batches(
            Session session, BundleTable t, Function<BundleRow, Map<String, Object>> toRow, String... statements) {
        List<Map<String, Object>> all = t.rows().stream().map(toRow).toList();
        for (String statement : statements) {
            for (int from = 0; from < all.size(); from += BATCH) {
                try (Transaction tx = session.beginTransaction()) {
                    tx.run(
                                    statement,
                                    Map.<String, Object>of(
                                            "rows", all.subList(from, Math.min(all.size(), from + BATCH))))
                            .consume();
                    tx.commit();
                }
            }
        }
    }

    /** A list of region keys split by level ({@code <column>_2}, {@code _5}, {@code _8}), so each MATCH uses its index. */
    private static void byLevel(Map<String, Object> row, String column) {
        List<String> keys = list(row.remove(column));
        for (int length : new int[] {2, 5, 8}) {
            row.put(
                    column + "_" + length,
                    keys.stream().filter(k -> k.length() == length).toList());
        }
    }

    private static List<String> list(Object cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(((String) cell).split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    // --- measuring ----------------------------------------------------------------------------------

    /** The import writer's per-file log lines ("… ms" per file), captured while the import runs. */
    private static ListAppender<ILoggingEvent> captureWriterLog() {
        var logger = (Logger) LoggerFactory.getLogger("de.kooperationsatlas.exchange.ImportWriter");
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    /** The writer's time per file (compare + write), in ns, from its log arguments (file, rows, compare ms, write ms). */
    private static Map<String, Long> writerTimes(ListAppender<ILoggingEvent> log) {
        Map<String, Long> times = new LinkedHashMap<>();
        for (ILoggingEvent e : log.list) {
            Object[] args = e.getArgumentArray();
            if (args != null && args.length >= 4) {
                times.put(
                        String.valueOf(args[0]),
                        (((Number) args[2]).longValue() + ((Number) args[3]).longValue()) * 1_000_000);
            }
        }
        return times;
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    private static String ms(long nanos) {
        return "%,d ms".formatted(nanos / 1_000_000);
    }

    private static double seconds(long nanos) {
        return Math.max(1, nanos) / 1e9;
    }

    private static String load() {
        return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Path temporaryDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Samples the used heap every 20 ms; the peak since the last reset, in MiB. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                    var thread = new Thread(runnable, "heap-sampler");
                    thread.setDaemon(true);
                    return thread;
                });

        HeapSampler() {
            var memory = ManagementFactory.getMemoryMXBean();
            timer.scheduleAtFixedRate(
                    () -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0,
                    20,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        void reset() {
            System.gc();
            peak.set(0);
        }

        long peakMiB() {
            return peak.get() >> 20;
        }

        void stop() {
            timer.shutdownNow();
        }
    }

    static String joined(Map<String, ?> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
