package de.kooperationsatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.structure.StructureService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The structure analyses at Germany scale (issue 16): on the store that {@link AnalysisBenchmark}
 * imports (run that first with {@code -Dbench.loadOnly=true -Dbench.store=<folder>}), each structure
 * analysis of the same six districts and of the state nearest 15,000 actors, the ego network of depth 2
 * of the busiest actor, and the shortest paths between actors of different states; p50/p95/max.
 *
 * <p>Run with {@code ./mvnw -B -o -Pbench test -Dtest=StructureBenchmark -Dbench.store=/tmp/atlas-100k}.
 * {@code -Dbench.districtRuns} (default 5), {@code -Dbench.stateRuns} (3). The report goes to stdout
 * and {@code target/structure-benchmark.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StructureBenchmark {

    private static final String STORE = System.getProperty("bench.store", "");
    private static final int DISTRICT_RUNS = Integer.getInteger("bench.districtRuns", 5);
    private static final int STATE_RUNS = Integer.getInteger("bench.stateRuns", 3);
    /** Which parts run: {@code regions}, {@code ego}, {@code paths} (comma-separated, default all). */
    private static final String PARTS = System.getProperty("bench.parts", "regions,ego,paths");

    private static final Path REPORT =
            Path.of(System.getProperty("bench.structureReport", "target/structure-benchmark.txt"));

    @Autowired
    StructureService structure;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    CypherScripts scripts;

    private final StringBuilder report = new StringBuilder();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("atlas.data-dir", () -> STORE);
        registry.add("atlas.bolt-port", () -> "0");
        registry.add("atlas.neo4j.uri", () -> "");
        registry.add("atlas.admin-password", () -> "bench-admin-password");
    }

    @Test
    void structure_at_scale() {
        assertThat(STORE)
                .as("-Dbench.store=<folder of AnalysisBenchmark's store>")
                .isNotBlank();
        long actors = count("MATCH (a:Actor) RETURN count(a)");
        assertThat(actors)
                .as("actors in %s (run AnalysisBenchmark with -Dbench.loadOnly=true first)", STORE)
                .isPositive();
        LocalDate today = Dates.today();
        line(
                "=== StructureBenchmark: %,d actors, %,d cooperations, Java %s, %d cores, load %s ===",
                actors,
                count("MATCH ()-[c:COOPERATES_WITH]->() RETURN count(c)"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                load());
        List<String> districts = districtsNear(250, 6);
        String state = stateNear(15_000, actors);
        line(
                "districts: %s",
                districts.stream().map(d -> d + "=" + size(d, today)).toList());
        line("state: %s (%,d actors)", state, size(state, today));

        line("");
        line("%-28s %-10s %5s %9s %9s %9s  %s", "analysis", "level", "runs", "p50 ms", "p95 ms", "max ms", "target");
        if (PARTS.contains("regions")) {
            regions(districts, state, actors, today);
        }
        if (PARTS.contains("ego")) {
            ego(today);
        }
        if (PARTS.contains("paths")) {
            paths(today);
        }
        System.out.println(report);
    }

    private void regions(List<String> districts, String state, long actors, LocalDate today) {
        // Warm-up: every analysis once on a district and on a smaller state.
        for (String region : List.of(districts.getFirst(), stateNear(5_000, actors))) {
            analyses(today).forEach((name, call) -> call.apply(region));
        }
        String subgraph =
                scripts.statements("analysis/structure_subgraph.cypher").getFirst();
        var withFetch = new java.util.LinkedHashMap<String, Function<String, Object>>();
        withFetch.put(
                "(G(R) fetch alone)",
                r -> neo4j.query(subgraph)
                        .bindAll(Map.of("region", r, "asOf", today.toString()))
                        .fetch()
                        .all());
        withFetch.putAll(analyses(today));
        // What the Struktur page asks for one region: all five, G(R) fetched once and then cached.
        withFetch.put("page: all five (G(R) once)", r -> {
            structure.refresh();
            analyses(today).values().forEach(call -> call.apply(r));
            return null;
        });
        withFetch.forEach((name, call) -> {
            List<Long> times = new ArrayList<>();
            for (int run = 0; run < DISTRICT_RUNS; run++) {
                for (String d : districts) {
                    structure.refresh(); // each analysis fetches G(R) first, as a first request does
                    times.add(time(() -> call.apply(d)));
                }
            }
            row(name, "district", times, "p95 < 150");
        });
        withFetch.forEach((name, call) -> {
            List<Long> times = new ArrayList<>();
            for (int run = 0; run < STATE_RUNS; run++) {
                structure.refresh();
                times.add(time(() -> call.apply(state)));
            }
            row(
                    name,
                    "state " + state,
                    times,
                    name.startsWith("communities") ? "< 10000" : name.startsWith("page") ? "" : "< 5000");
        });
    }

    private void ego(LocalDate today) {
        String busiest = busiestActor(today);
        for (int depth = 1; depth <= 3; depth++) {
            int d = depth;
            var ego = structure.egoNetwork(busiest, d, today);
            List<Long> times = new ArrayList<>();
            for (int run = 0; run < 10; run++) {
                times.add(time(() -> structure.egoNetwork(busiest, d, today)));
            }
            row(
                    "ego network depth " + d,
                    "busiest",
                    times,
                    (d == 2 ? "< 500 " : "") + "(" + ego.actors().size() + " actors, "
                            + ego.cooperations().size() + " coop.)");
        }
        line("busiest actor: %s", busiest);
    }

    private void paths(LocalDate today) {
        List<String[]> pairs = pairsAcrossStates(10, today);
        List<Long> times = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String[] pair : pairs) {
            structure.paths(pair[0], pair[1], StructureService.DEFAULT_LIMIT, today);
            times.add(time(() -> {
                var paths = structure.paths(pair[0], pair[1], StructureService.DEFAULT_LIMIT, today);
                found.add(paths.distance() + "/" + paths.paths().size());
                return paths;
            }));
        }
        row("paths (limit 10)", "2 states", times, "< 1000");
        line("pairs (distance/paths): %s", found);
    }

    /** Each structure analysis of a region, by name. */
    private Map<String, Function<String, Object>> analyses(LocalDate today) {
        var map = new java.util.LinkedHashMap<String, Function<String, Object>>();
        map.put("structural holes", r -> structure.structuralHoles(r, 10, today));
        map.put("cut points", r -> structure.cutPoints(r, today));
        map.put("communities", r -> structure.communities(r, 1.0, today));
        map.put("sectors", r -> structure.sectors(r, today));
        map.put("brokerage", r -> structure.brokerage(r, 10, today));
        return map;
    }

    private long time(java.util.function.Supplier<Object> call) {
        long t0 = System.nanoTime();
        call.get();
        return System.nanoTime() - t0;
    }

    /** Districts whose seated actors are nearest {@code size}, at most one per state (as AnalysisBenchmark). */
    private List<String> districtsNear(int size, int count) {
        var rows = neo4j.query("""
                        MATCH (a:Actor)-[:SEATED_IN]->(:Municipality)-[:IN_DISTRICT]->(d:District)
                        WITH d, count(a) AS seated
                        RETURN d.ags AS ags ORDER BY abs(seated - $size), ags""").bind(size).to("size").fetchAs(String.class).all();
        List<String> picked = new ArrayList<>();
        for (String ags : rows) {
            if (picked.stream().noneMatch(p -> p.startsWith(ags.substring(0, 2)))) {
                picked.add(ags);
            }
            if (picked.size() == count) {
                break;
            }
        }
        return picked;
    }

    private String stateNear(int size, long actors) {
        return neo4j.query("""
                        MATCH (a:Actor)-[:SEATED_IN]->(m:Municipality)
                        WITH left(m.ags, 2) AS state, count(a) AS seated
                        RETURN state ORDER BY abs(seated - $size), state LIMIT 1""")
                .bind(Math.max(1, size * actors / 100_000))
                .to("size")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
    }

    private long size(String region, LocalDate today) {
        return structure
                .structuralHoles(region, Integer.MAX_VALUE, today)
                .actors()
                .size();
    }

    private static final String ACTIVE = """
            (a.since IS NULL OR a.since <= left($today, size(a.since)))
              AND (a.until IS NULL OR a.until >= left($today, size(a.until)))""";

    private String busiestActor(LocalDate today) {
        return neo4j.query("MATCH (a:Actor) WHERE " + ACTIVE + """

                        RETURN a.id AS id ORDER BY COUNT { (a)-[:COOPERATES_WITH]-() } DESC, a.id LIMIT 1""")
                .bind(today.toString())
                .to("today")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
    }

    /** Active actors seated in different states, seeded (every 997th actor by id against one 50,000 later). */
    private List<String[]> pairsAcrossStates(int count, LocalDate today) {
        var rows = neo4j.query("MATCH (a:Actor)-[:SEATED_IN]->(m:Municipality) WHERE " + ACTIVE + """

                        WITH a, m ORDER BY a.id
                        WITH collect([a.id, left(m.ags, 2)]) AS seated
                        UNWIND range(0, size(seated) - 1, 997) AS i
                        WITH seated[i] AS x, seated[(i + size(seated) / 2) % size(seated)] AS y
                        WHERE x[1] <> y[1]
                        RETURN x[0] AS a, y[0] AS b LIMIT $count""")
                .bindAll(Map.of("today", today.toString(), "count", count))
                .fetch()
                .all();
        return rows.stream()
                .map(r -> new String[] {(String) r.get("a"), (String) r.get("b")})
                .toList();
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    private void row(String analysis, String level, List<Long> nanos, String target) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        line(
                "%-28s %-10s %5d %9.1f %9.1f %9.1f  %s",
                analysis,
                level,
                sorted.length,
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6,
                sorted[sorted.length - 1] / 1e6,
                target);
    }

    /** Nearest-rank percentile. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String load() {
        return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void line(String format, Object... args) {
        String text = format.formatted(args);
        report.append(text).append('\n');
        System.out.println(text);
        try {
            Files.createDirectories(REPORT.toAbsolutePath().getParent());
            Files.writeString(REPORT, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
