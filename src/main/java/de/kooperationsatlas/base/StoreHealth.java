package de.kooperationsatlas.base;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The store in {@code /actuator/health} ("store": UP when {@code RETURN 1} answers within two
 * seconds) and in the metrics: whether it answers, how long that took, how many actors,
 * cooperations, networks, chains and municipalities it holds, and the app's write version. The counts
 * come from Neo4j's count store (constant time) and are read at most every 15 seconds, however often
 * the metrics are scraped.
 */
@Component("store")
class StoreHealth implements HealthIndicator, MeterBinder {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration COUNTS_TTL = Duration.ofSeconds(15);
    /**
     * The nodes counted, each by a fixed statement: the count store answers only a literal label (a
     * dynamic {@code $($label)} would scan the nodes).
     */
    private static final Map<String, String> NODE_COUNTS = orderedCounts(
            "Actor", "MATCH (n:Actor) RETURN count(n)",
            "Network", "MATCH (n:Network) RETURN count(n)",
            "PreventionChain", "MATCH (n:PreventionChain) RETURN count(n)",
            "Event", "MATCH (n:Event) RETURN count(n)",
            "Topic", "MATCH (n:Topic) RETURN count(n)",
            "Municipality", "MATCH (n:Municipality) RETURN count(n)");

    private static final List<String> LABELS = List.copyOf(NODE_COUNTS.keySet());

    private static Map<String, String> orderedCounts(String... labelsAndStatements) {
        Map<String, String> counts = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndStatements.length; i += 2) {
            counts.put(labelsAndStatements[i], labelsAndStatements[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(counts);
    }

    private final Driver driver;
    private final StoreVersion version;
    private volatile Snapshot snapshot = new Snapshot(0, false, 0, Map.of());

    private record Snapshot(long takenAt, boolean up, double millis, Map<String, Long> counts) {}

    StoreHealth(Driver driver, StoreVersion version) {
        this.driver = driver;
        this.version = version;
    }

    @Override
    public Health health() {
        long started = System.nanoTime();
        try {
            // Bounded from outside too: a store that does not even hand out a connection must not
            // hold the health request (a load balancer's probe) for the driver's 30 s.
            CompletableFuture.supplyAsync(this::ping).get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
            return Health.up()
                    .withDetail("answeredInMs", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (Exception e) {
            return Health.down()
                    .withDetail("error", "The store did not answer RETURN 1 within " + TIMEOUT.toSeconds() + " s")
                    .build();
        }
    }

    private long ping() {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(
                    tx -> tx.run("RETURN 1").single().get(0).asLong(),
                    TransactionConfig.builder().withTimeout(TIMEOUT).build());
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("atlas.store.up", this, s -> s.current().up() ? 1 : 0)
                .description("1 when the store answers RETURN 1, else 0")
                .register(registry);
        Gauge.builder("atlas.store.ping.seconds", this, s -> s.current().millis() / 1000.0)
                .description("How long the store took to answer RETURN 1")
                .register(registry);
        Gauge.builder("atlas.store.write.version", version, StoreVersion::current)
                .description("Writes committed through the app since it started")
                .register(registry);
        for (String label : LABELS) {
            Gauge.builder("atlas.store.nodes", this, s -> s.current().counts().getOrDefault(label, 0L))
                    .tag("label", label)
                    .description("Nodes of a label in the store")
                    .register(registry);
        }
        Gauge.builder(
                        "atlas.store.cooperations",
                        this,
                        s -> s.current().counts().getOrDefault("COOPERATES_WITH", 0L))
                .description("Cooperations in the store")
                .register(registry);
    }

    private Snapshot current() {
        var last = snapshot;
        if (System.nanoTime() - last.takenAt() < COUNTS_TTL.toNanos() && last.takenAt() != 0) {
            return last;
        }
        long started = System.nanoTime();
        boolean up;
        try {
            ping();
            up = true;
        } catch (RuntimeException e) {
            up = false;
        }
        double millis = (System.nanoTime() - started) / 1e6;
        Map<String, Long> counts = new LinkedHashMap<>(last.counts());
        if (up) {
            try (var session = driver.session()) {
                session.executeRead(
                        tx -> {
                            for (var count : NODE_COUNTS.entrySet()) {
                                counts.put(
                                        count.getKey(),
                                        tx.run(count.getValue()).single().get(0).asLong());
                            }
                            counts.put(
                                    "COOPERATES_WITH",
                                    tx.run("MATCH ()-[c:COOPERATES_WITH]->() RETURN count(c)")
                                            .single()
                                            .get(0)
                                            .asLong());
                            return null;
                        },
                        TransactionConfig.builder()
                                .withTimeout(Duration.ofSeconds(10))
                                .build());
            } catch (RuntimeException e) {
                // The counts stay as last read; "up" says whether the store answers.
            }
        }
        var next = new Snapshot(System.nanoTime(), up, millis, Map.copyOf(counts));
        snapshot = next;
        return next;
    }
}
