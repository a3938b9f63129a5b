package de.kooperationsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Brandes' betweenness on hand-checked graphs and against NetworkX.
 *
 * <p>The fixture {@code fixtures/analysis/networkx_gnm_60_150.json} was generated once with NetworkX 2.8.8
 * (Debian {@code python3-networkx}): {@code G = nx.gnm_random_graph(60, 150, seed=20261125)}, then
 * {@code nx.betweenness_centrality(G, normalized=True)}; the file holds {@code n}, the edges (sorted
 * pairs) and the values by node, written with {@code json.dump} (shortest round-trip floats).
 */
class BetweennessTest {

    @Test
    void a_path_of_five_has_its_middle_as_the_strongest_broker() {
        // Path 0-1-2-3-4. Pairs through 1: (0,2) (0,3) (0,4) = 3; through 2: (0,3) (0,4) (1,3) (1,4) = 4;
        // through 3: 3. Normalised by 2/((n-1)(n-2)) = 2/12: 0.5, 0.666…, 0.5; the ends 0.
        var graph = Betweenness.Graph.of(5, new int[] {0, 1, 3, 3}, new int[] {1, 2, 2, 4});
        assertThat(Betweenness.of(graph)).containsExactly(new double[] {0, 0.5, 4.0 / 6, 0.5, 0}, within(1e-12));
    }

    @Test
    void a_star_puts_its_centre_on_every_path_and_an_isolated_node_still_counts_in_n() {
        // Centre 0, leaves 1-4, node 5 alone: n = 6; the centre lies on C(4,2) = 6 pairs: 6 * 2/(5*4) = 0.6.
        var graph = Betweenness.Graph.of(6, new int[] {0, 2, 0, 0}, new int[] {1, 0, 3, 4});
        assertThat(Betweenness.of(graph)).containsExactly(new double[] {0.6, 0, 0, 0, 0, 0}, within(1e-12));
    }

    @Test
    void fewer_than_three_nodes_give_zero() {
        assertThat(Betweenness.of(Betweenness.Graph.of(2, new int[] {0}, new int[] {1})))
                .containsExactly(0, 0);
        assertThat(Betweenness.of(Betweenness.Graph.of(0, new int[0], new int[0])))
                .isEmpty();
    }

    @Test
    void the_values_equal_networkx_on_a_seeded_random_graph() throws Exception {
        var fixture = networkx("networkx_gnm_60_150.json");
        assertThat(fixture.from()).hasSize(150);
        assertThat(Betweenness.of(Betweenness.Graph.of(fixture.n(), fixture.from(), fixture.to())))
                .containsExactly(fixture.expected(), within(1e-9));
    }

    @Test
    void the_values_equal_networkx_on_a_heavy_tailed_graph_with_several_components_and_isolated_nodes()
            throws Exception {
        // Generated once with NetworkX 2.8.8: G = barabasi_albert_graph(200, 2, seed=20261125), plus a
        // second component (a cycle of nodes 200–206 with the tail 206–207–208–209) and the isolated
        // nodes 210–214, so n = 215 and 406 edges; then betweenness_centrality(G, normalized=True).
        var fixture = networkx("networkx_ba_200_2_components.json");
        assertThat(fixture.n()).isEqualTo(215);
        assertThat(fixture.from()).hasSize(406);
        double[] values = Betweenness.of(Betweenness.Graph.of(fixture.n(), fixture.from(), fixture.to()));
        assertThat(values).containsExactly(fixture.expected(), within(1e-9));
        assertThat(values[212]).isZero();
    }

    private record NetworkxFixture(int n, int[] from, int[] to, double[] expected) {}

    private NetworkxFixture networkx(String name) throws Exception {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/analysis/" + name)) {
            fixture = new ObjectMapper().readTree(in);
        }
        int n = fixture.get("n").asInt();
        JsonNode edges = fixture.get("edges");
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            from[i] = edges.get(i).get(0).asInt();
            to[i] = edges.get(i).get(1).asInt();
        }
        double[] expected = new double[n];
        for (int v = 0; v < n; v++) {
            expected[v] = fixture.get("betweenness").get(v).asDouble();
        }
        return new NetworkxFixture(n, from, to, expected);
    }

    @Test
    void the_result_is_the_same_to_the_last_bit_on_every_run_and_a_large_graph_takes_little_time() {
        var graph = randomGraph(2_000, 10_000, 42);
        long start = System.nanoTime();
        double[] first = Betweenness.of(graph);
        long millis = (System.nanoTime() - start) / 1_000_000;
        double[] second = Betweenness.of(graph);
        assertThat(second).isEqualTo(first);
        System.out.printf(
                "Brandes on 2,000 nodes / 10,000 edges: %d ms on %d cores%n",
                millis, Runtime.getRuntime().availableProcessors());
    }

    static Betweenness.Graph randomGraph(int n, int m, long seed) {
        var random = new Random(seed);
        Set<Long> seen = new HashSet<>();
        int[] from = new int[m];
        int[] to = new int[m];
        int e = 0;
        while (e < m) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b || !seen.add((long) Math.min(a, b) * n + Math.max(a, b))) {
                continue;
            }
            from[e] = a;
            to[e] = b;
            e++;
        }
        return Betweenness.Graph.of(n, from, to);
    }
}
