package de.kooperationsatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.Betweenness;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.exchange.BundleReader;
import de.kooperationsatlas.exchange.ImportService;
import de.kooperationsatlas.exchange.generator.BundleGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The analyses at Germany scale (issue 5, "Performance"): imports the generator's bundle
 * ({@code -Dbench.actors}, default 100,000) into an embedded store and prints p50/p95 per analysis and
 * level (districts of about 250 actors, a large state, suggestions for actors, the district comparison
 * of a state, brokers first and cached), then betweenness side by side on the same graphs: our Brandes,
 * python-igraph ({@code python3-igraph}) and NetworkX ({@code python3-networkx}, on a graph of about
 * 5,000 actors only).
 *
 * <p>Run with {@code ./mvnw -B -o -Pbench test -Dtest=AnalysisBenchmark}. {@code -Dbench.store=<folder>}
 * keeps the store in that folder and imports only when it is empty, so a second run skips the import;
 * {@code -Dbench.networkx=false} skips NetworkX (minutes), {@code -Dbench.python=false} both Python
 * libraries, {@code -Dbench.betweenness=false} the whole side-by-side betweenness part. The report goes
 * to stdout and {@code target/analysis-benchmark.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalysisBenchmark {

    private static final int ACTORS = Integer.getInteger("bench.actors", 100_000);
    private static final Path DATA_DIR = storeDir();
    private static final boolean PYTHON = Boolean.parseBoolean(System.getProperty("bench.python", "true"));
    private static final boolean NETWORKX =
            PYTHON && Boolean.parseBoolean(System.getProperty("bench.networkx", "true"));
    /** Debian's Python, where {@code python3-igraph} and {@code python3-networkx} are installed. */
    private static final String PYTHON3 = System.getProperty("bench.python3", "/usr/bin/python3");

    private static final Path REPORT =
            Path.of(System.getProperty("bench.analysisReport", "target/analysis-benchmark.txt"));
    /** How long NetworkX and igraph may take before the benchmark reports them as unfinished. */
    private static final int PYTHON_MINUTES = Integer.getInteger("bench.pythonMinutes", 30);

    /** Repetitions per district (several districts) and per state-level analysis. */
    private static final int DISTRICT_RUNS = Integer.getInteger("bench.districtRuns", 5);

    private static final int STATE_RUNS = Integer.getInteger("bench.stateRuns", 3);

    @Autowired
    ImportService imports;

    @Autowired
    BundleReader reader;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    de.kooperationsatlas.base.PrivateStore privateStore;

    @Autowired
    AnalysisService analyses;

    @Autowired
    CypherScripts scripts;

    private final StringBuilder report = new StringBuilder();
    private final List<String> rows = new ArrayList<>();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("atlas.data-dir", DATA_DIR::toString);
        registry.add("atlas.bolt-port", () -> "0");
        registry.add("atlas.neo4j.uri", () -> "");
        registry.add("atlas.admin-password", () -> "bench-admin-password");
    }

    @Test
    void analyses_at_scale() throws Exception {
        line(
                "=== AnalysisBenchmark: %,d actors, Java %s, %d cores, max heap %,d MiB, load %s ===",
                ACTORS,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                load());
        load(ACTORS);
        if (Boolean.getBoolean("bench.loadOnly")) {
            return;
        }
        line(
                "store: %,d actors, %,d cooperations (%s)",
                count("MATCH (a:Actor) RETURN count(a)"),
                count("MATCH ()-[c:COOPERATES_WITH]->() RETURN count(c)"),
                DATA_DIR);

        List<String> districts = districtsNear(250, 6);
        String state = stateNear(15_000);
        String smallState = stateNear(5_000);
        line("districts (actors seated there): %s", districts);
        line(
                "large state: %s (%,d actors belong to it), state for NetworkX: %s (%,d actors)",
                state, regionActors(state), smallState, regionActors(smallState));
        line(
                "district sizes (actors belonging): %s",
                districts.stream().map(d -> d + "=" + regionActors(d)).toList());

        // Warm-up: every analysis once on another district and state (JIT, page cache, query plans).
        String warmState = stateNear(8_000);
        for (String region : List.of(districts.getLast(), warmState)) {
            analyses.coverage(region, null);
            analyses.transitions(region, null);
            analyses.isolated(region);
            analyses.unconnectedPeers(region, 50);
            analyses.refresh();
            analyses.brokers(region, 10);
        }
        analyses.refresh();
        analyses.districts(warmState);

        line("");
        line("%-28s %-10s %5s %9s %9s %9s  %s", "analysis", "level", "runs", "p50 ms", "p95 ms", "max ms", "target");

        // --- districts: every regional analysis, several districts, several runs each -----------------
        // What every regional analysis pays first: the region's actors (areas in either direction).
        String scopeStatement =
                scripts.statements("analysis/region_actors.cypher").getFirst();
        district(
                "(region scope alone)",
                districts,
                d -> neo4j.query(scopeStatement)
                        .bindAll(Map.of("region", d, "asOf", Dates.today().toString()))
                        .fetch()
                        .all());
        district("coverage", districts, d -> analyses.coverage(d, null));
        district("transitions", districts, d -> analyses.transitions(d, null));
        district("isolated", districts, d -> analyses.isolated(d));
        district("unconnected peers (50)", districts, d -> analyses.unconnectedPeers(d, 50));
        district("brokers (first)", districts, d -> {
            analyses.refresh();
            return analyses.brokers(d, 10);
        });

        // --- time: each district analysis as of a past date beside the same for today, interleaved ----
        LocalDate past = Dates.today().minusYears(2).withMonth(6).withDayOfMonth(30);
        LocalDate today = Dates.today();
        line("as of %s beside today (%s), interleaved, same districts and runs:", past, today);
        sideBySide("coverage", districts, (d, t) -> analyses.coverage(d, null, t), past, today);
        sideBySide("transitions", districts, (d, t) -> analyses.transitions(d, null, t), past, today);
        sideBySide("isolated", districts, (d, t) -> analyses.isolated(d, t), past, today);
        sideBySide("unconnected peers (50)", districts, (d, t) -> analyses.unconnectedPeers(d, 50, t), past, today);
        sideBySide(
                "brokers (first)",
                districts,
                (d, t) -> {
                    analyses.refresh();
                    return analyses.brokers(d, 10, t);
                },
                past,
                today);
        district(
                "changes (2 dates)",
                districts,
                d -> analyses.changes(d, null, past.toString(), past, today.toString(), today),
                "p95 < 300");
        measure(
                "changes (2 dates)",
                "state " + state,
                STATE_RUNS,
                "< 5000",
                () -> analyses.changes(state, null, past.toString(), past, today.toString(), today));
        measure("district comparison asOf", "state " + state, STATE_RUNS, "", () -> {
            analyses.refresh();
            return analyses.districts(state, past);
        });

        // --- the large state ------------------------------------------------------------------------
        measure("coverage", "state " + state, STATE_RUNS, "< 2000", () -> analyses.coverage(state, null));
        measure("transitions", "state " + state, STATE_RUNS, "< 2000", () -> analyses.transitions(state, null));
        measure("isolated", "state " + state, STATE_RUNS, "< 2000", () -> analyses.isolated(state));
        measure(
                "unconnected peers (50)",
                "state " + state,
                STATE_RUNS,
                "< 10000",
                () -> analyses.unconnectedPeers(state, 50));
        measure("brokers (first)", "state " + state, STATE_RUNS, "≤ igraph", () -> {
            analyses.refresh();
            return analyses.brokers(state, 10);
        });
        measure("brokers (cached)", "state " + state, 20, "< 100", () -> analyses.brokers(state, 10));
        measure("district comparison", "state " + state, STATE_RUNS, "< 3000", () -> {
            analyses.refresh();
            return analyses.districts(state);
        });
        measure("district comparison (cached)", "state " + state, 20, "< 100", () -> analyses.districts(state));
        measure("district comparison", "Germany", 1, "", () -> {
            analyses.refresh();
            return analyses.districts(null);
        });

        // --- actors ---------------------------------------------------------------------------------
        List<String> sample = sampleActors(20);
        // The snapshot of every actor that suggestions are scored from: built in the background after a
        // write (or after the cache's time to live); requests meanwhile run the Cypher file.
        measure("suggestions snapshot build", "store", 2, "", () -> {
            analyses.refresh();
            analyses.prepareSuggestions();
            return null;
        });
        analyses.prepareSuggestions();
        suggestions("suggestions", sample, a -> analyses.suggestions(a, null, null, null, 20));
        suggestions("suggestions radius 25 km", sample, a -> analyses.suggestions(a, null, null, 25.0, 20));
        suggestions("suggestions phase DAYCARE", sample, a -> analyses.suggestions(a, "DAYCARE", null, null, 20));
        List<String> municipalities = seatsOf(sample);
        suggestions(
                "collaborators phase, 20 km", municipalities, m -> analyses.collaborators(m, "DAYCARE", null, 20.0));

        line("");
        if (!Boolean.parseBoolean(System.getProperty("bench.betweenness", "true"))) {
            System.out.println(report);
            return;
        }
        betweennessSideBySide(state, "large state");
        if (NETWORKX) {
            betweennessSideBySide(smallState, "NetworkX state");
        }

        System.out.println(report);
    }

    // --- betweenness side by side -------------------------------------------------------------------

    private void betweennessSideBySide(String region, String what) throws Exception {
        long t0 = System.nanoTime();
        Graph graph = fetchGraph(region);
        long fetched = System.nanoTime() - t0;
        int edges = graph.from.length;
        line("--- betweenness, %s %s: %,d actors, %,d cooperations ---", what, region, graph.n, edges);
        line("subgraph fetch (broker_subgraph.cypher)        %,8d ms", fetched / 1_000_000);
        var csr = Betweenness.Graph.of(graph.n, graph.from, graph.to);
        double[] ours = null;
        long best = Long.MAX_VALUE;
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            t0 = System.nanoTime();
            ours = Betweenness.of(csr);
            long took = System.nanoTime() - t0;
            times.add(took);
            best = Math.min(best, took);
        }
        line(
                "Java Brandes (array, %d cores), 3 runs          %s ms (best %,d)",
                Runtime.getRuntime().availableProcessors(),
                times.stream().map(t -> "%,d".formatted(t / 1_000_000)).toList(),
                best / 1_000_000);
        if (!PYTHON) {
            return;
        }
        Path edgeList = Files.createTempFile("atlas-edges-", ".txt");
        var text = new StringBuilder();
        text.append(graph.n).append('\n');
        for (int e = 0; e < edges; e++) {
            text.append(graph.from[e]).append(' ').append(graph.to[e]).append('\n');
        }
        Files.writeString(edgeList, text);
        try {
            var igraph = python(IGRAPH, edgeList);
            if (igraph == null) {
                line("python-igraph: not finished within %d min", PYTHON_MINUTES);
                return;
            }
            line(
                    "python-igraph %s: betweenness %,d ms (read+build %,d ms, process %,d ms incl. start-up); max |Δ| vs Java %.2e",
                    igraph.version,
                    igraph.computeMillis,
                    igraph.readMillis,
                    igraph.processMillis,
                    maxDifference(ours, igraph.values));
            line("  ratio igraph / Java (best): %.2f", igraph.computeMillis / (best / 1e6));
            if (what.startsWith("NetworkX")) {
                var networkx = python(NETWORKX_SCRIPT, edgeList);
                if (networkx == null) {
                    line("NetworkX: not finished within %d min (Java best %,d ms)", PYTHON_MINUTES, best / 1_000_000);
                    return;
                }
                line(
                        "NetworkX %s: betweenness_centrality %,d ms (process %,d ms); max |Δ| vs Java %.2e",
                        networkx.version,
                        networkx.computeMillis,
                        networkx.processMillis,
                        maxDifference(ours, networkx.values));
                line("  ratio NetworkX / Java (best): %.1f", networkx.computeMillis / (best / 1e6));
            }
        } finally {
            Files.deleteIfExists(edgeList);
        }
    }

    /** The region's cooperation graph as the app fetches it (node index = row, by id). */
    private Graph fetchGraph(String region) {
        var statement = scripts.statements("analysis/broker_subgraph.cypher").getFirst();
        var result = neo4j.query(statement)
                .bindAll(Map.of(
                        "region",
                        region,
                        "asOf",
                        de.kooperationsatlas.base.Dates.today().toString()))
                .fetch()
                .all();
        Map<String, Integer> index = new HashMap<>();
        for (var row : result) {
            index.put((String) row.get("id"), index.size());
        }
        List<int[]> edges = new ArrayList<>();
        for (var row : result) {
            int a = index.get((String) row.get("id"));
            for (Object partner : (List<?>) row.get("partners")) {
                Integer b = index.get((String) partner); // partners outside the region are left out
                if (b != null) {
                    edges.add(new int[] {a, b});
                }
            }
        }
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
        return new Graph(index.size(), from, to);
    }

    private record Graph(int n, int[] from, int[] to) {}

    private record PythonRun(
            String version, long readMillis, long computeMillis, long processMillis, double[] values) {}

    /** Reads n and the edge list, times the betweenness alone, prints version, ms and normalised values. */
    private static final String IGRAPH = """
            import sys, time, igraph
            t0 = time.perf_counter()
            with open(sys.argv[1]) as f:
                n = int(f.readline())
                edges = [tuple(map(int, l.split())) for l in f if l.strip()]
            g = igraph.Graph(n=n, edges=edges, directed=False)
            t1 = time.perf_counter()
            b = g.betweenness(directed=False)
            t2 = time.perf_counter()
            scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
            print(igraph.__version__)
            print(int((t1 - t0) * 1000), int((t2 - t1) * 1000))
            print(" ".join(repr(x * scale) for x in b))
            """;

    private static final String NETWORKX_SCRIPT = """
            import sys, time, networkx as nx
            t0 = time.perf_counter()
            with open(sys.argv[1]) as f:
                n = int(f.readline())
                edges = [tuple(map(int, l.split())) for l in f if l.strip()]
            g = nx.Graph()
            g.add_nodes_from(range(n))
            g.add_edges_from(edges)
            t1 = time.perf_counter()
            b = nx.betweenness_centrality(g, normalized=True)
            t2 = time.perf_counter()
            print(nx.__version__)
            print(int((t1 - t0) * 1000), int((t2 - t1) * 1000))
            print(" ".join(repr(b[v]) for v in range(n)))
            """;

    private static @org.jspecify.annotations.Nullable PythonRun python(String script, Path edgeList)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile("atlas-bench-", ".py");
        Files.writeString(file, script);
        try {
            long t0 = System.nanoTime();
            var process = new ProcessBuilder(PYTHON3, file.toString(), edgeList.toString())
                    .redirectErrorStream(true)
                    .start();
            var pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            if (!process.waitFor(PYTHON_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return null;
            }
            byte[] output = pending.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("python3 failed: " + new String(output));
            }
            long took = System.nanoTime() - t0;
            String[] lines = new String(output).split("\n");
            String[] ms = lines[1].trim().split(" ");
            double[] values = lines.length < 3 || lines[2].isBlank()
                    ? new double[0]
                    : Arrays.stream(lines[2].trim().split(" "))
                            .mapToDouble(Double::parseDouble)
                            .toArray();
            return new PythonRun(
                    lines[0].trim(), Long.parseLong(ms[0]), Long.parseLong(ms[1]), took / 1_000_000, values);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double maxDifference(double[] a, double[] b) {
        assertThat(b).hasSameSizeAs(a);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    // --- measuring ----------------------------------------------------------------------------------

    private interface Call<T> {
        Object apply(T value) throws Exception;
    }

    private void district(String analysis, List<String> districts, Call<String> call) throws Exception {
        district(analysis, districts, call, "p95 < 100");
    }

    private void district(String analysis, List<String> districts, Call<String> call, String target) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < DISTRICT_RUNS; run++) {
            for (String d : districts) {
                long t0 = System.nanoTime();
                call.apply(d);
                times.add(System.nanoTime() - t0);
            }
        }
        row(analysis, "district", times, target);
    }

    /** One call of an analysis for a district at a date. */
    @FunctionalInterface
    private interface DatedCall {
        Object apply(String district, LocalDate asOf) throws Exception;
    }

    /**
     * The analysis as of {@code past} and as of {@code today} (what a request without asOf gets), one after
     * the other for each district and run, so that both meet the same caches and load; the target is the
     * issue's: p95 with asOf within 1.25× of the one without.
     */
    private void sideBySide(String analysis, List<String> districts, DatedCall call, LocalDate past, LocalDate today)
            throws Exception {
        List<Long> withDate = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (int run = 0; run < DISTRICT_RUNS; run++) {
            for (String d : districts) {
                long t0 = System.nanoTime();
                call.apply(d, today);
                long t1 = System.nanoTime();
                call.apply(d, past);
                long t2 = System.nanoTime();
                without.add(t1 - t0);
                withDate.add(t2 - t1);
            }
        }
        long p95Without =
                percentile(without.stream().mapToLong(Long::longValue).sorted().toArray(), 95);
        long p95With =
                percentile(withDate.stream().mapToLong(Long::longValue).sorted().toArray(), 95);
        row(analysis, "district", without, "");
        row(analysis + " asOf", "district", withDate, "p95 ≤ 1.25× (%.2f×)".formatted((double) p95With / p95Without));
    }

    private void suggestions(String analysis, List<String> keys, Call<String> call) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            for (String key : keys) {
                long t0 = System.nanoTime();
                call.apply(key);
                times.add(System.nanoTime() - t0);
            }
        }
        row(analysis, "actor", times, analysis.startsWith("collab") ? "" : "< 200");
    }

    private void measure(String analysis, String level, int runs, String target, Supplier<?> call) {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - t0);
        }
        row(analysis, level, times, target);
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

    private void line(String format, Object... args) {
        String text = format.formatted(args);
        report.append(text).append('\n');
        System.out.println(text);
        // Written as it goes, so that a run stopped early still leaves its figures.
        try {
            Files.createDirectories(REPORT.toAbsolutePath().getParent());
            Files.writeString(REPORT, report);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // --- the store ----------------------------------------------------------------------------------

    private void load(int actors) throws Exception {
        long present = count("MATCH (a:Actor) RETURN count(a)");
        if (present > 0) {
            assertThat(present)
                    .as("the store in %s was loaded with another bundle", DATA_DIR)
                    .isEqualTo(actors);
            line("store reused, import skipped");
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        privateStore.execute(
                "MERGE (u:User {name: 'admin'}) SET u.roles = ['ADMIN'], u.regions = [], u.enabled = true",
                java.util.Map.of());
        long t0 = System.nanoTime();
        byte[] zip = BundleGenerator.zip(actors, BundleGenerator.DEFAULT_SEED);
        var result = imports.importBundle(reader.readZip("bench.zip", new ByteArrayInputStream(zip)), false);
        assertThat(result.errors()).isEmpty();
        line("generated and imported in %,d ms", (System.nanoTime() - t0) / 1_000_000);
        SecurityContextHolder.clearContext();
    }

    /** Districts whose seated actors are nearest {@code size}, at most one per state. */
    private List<String> districtsNear(int size, int count) {
        var rows = neo4j.query("""
                        MATCH (a:Actor)-[:SEATED_IN]->(:Municipality)-[:IN_DISTRICT]->(d:District)
                        WITH d, count(a) AS seated
                        RETURN d.ags AS ags, seated ORDER BY abs(seated - $size), ags""").bind(size).to("size").fetch().all();
        List<String> picked = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (var row : rows) {
            String ags = (String) row.get("ags");
            if (!states.contains(ags.substring(0, 2))) {
                states.add(ags.substring(0, 2));
                picked.add(ags);
            }
            if (picked.size() == count) {
                break;
            }
        }
        return picked;
    }

    /** The state whose seated actors are nearest {@code size}. */
    private String stateNear(int size) {
        return neo4j.query("""
                        MATCH (a:Actor)-[:SEATED_IN]->(m:Municipality)
                        WITH left(m.ags, 2) AS state, count(a) AS seated
                        RETURN state ORDER BY abs(seated - $size), state LIMIT 1""")
                .bind(Math.max(1, size * ACTORS / 100_000))
                .to("size")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
    }

    private long regionActors(String region) {
        var statement = scripts.statements("analysis/region_actors.cypher").getFirst();
        return neo4j.query(statement)
                .bindAll(Map.of("region", region, "asOf", Dates.today().toString()))
                .fetch()
                .all()
                .size();
    }

    private List<String> sampleActors(int count) {
        var random = new SplittableRandom(42);
        List<String> ids = new ArrayList<>();
        while (ids.size() < count) {
            String id = "GEN-A%07d".formatted(1 + random.nextInt(ACTORS));
            // Only actors active today: a closed one is unknown to suggestions (404).
            boolean active = neo4j.query("""
                            MATCH (a:Actor {id: $id})
                            RETURN (a.since IS NULL OR a.since <= left($today, size(a.since)))
                               AND (a.until IS NULL OR a.until >= left($today, size(a.until)))""")
                    .bindAll(Map.of("id", id, "today", Dates.today().toString()))
                    .fetchAs(Boolean.class)
                    .one()
                    .orElse(false);
            if (active && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<String> seatsOf(List<String> actors) {
        return List.copyOf(
                neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Actor {id: id})-[:SEATED_IN]->(m:Municipality)
                        RETURN m.ags AS ags""").bind(actors).to("ids").fetchAs(String.class).all());
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    private static String load() {
        return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Path storeDir() {
        try {
            String configured = System.getProperty("bench.store");
            if (configured != null && !configured.isBlank()) {
                return Files.createDirectories(Path.of(configured));
            }
            return Files.createTempDirectory("atlas-analysis-bench-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
