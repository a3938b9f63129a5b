package de.kooperationsatlas.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every structure figure of one graph per actor, for pictures that colour, size and mark actors by
 * them: sector, community (numbered as {@link Communities} lists them), how many actors it separates
 * as a cut point, partners, effective size, constraint and cross-sector brokerage, and the critical
 * cooperations. Computed by the same classes as the structure analyses, so for a region's graph G(R)
 * the figures equal the analyses' answers.
 *
 * @param actors per node, in the order of the ids given
 * @param critical the critical cooperations as keys {@code a↔b} with {@code a < b}
 */
public record StructureFigures(List<Actor> actors, Set<String> critical) {

    /**
     * One actor's figures.
     *
     * @param community the index of its community in {@link Communities}' order (0: the largest)
     * @param separates how many actors it cuts off as a cut point, 0 when it is none
     * @param effectiveSize Burt's effective size, null without partners
     * @param constraint Burt's constraint, null without partners
     * @param crossSector Gould–Fernandez brokerage between sectors (consultant, representative, liaison)
     */
    public record Actor(
            String sector,
            int community,
            int separates,
            int partners,
            @Nullable Double effectiveSize,
            @Nullable Double constraint,
            long crossSector) {}

    /**
     * The figures of the graph of these actors ({@code ids} ascending, as G(R) numbers its nodes) with
     * the cooperations {@code from[i]–to[i]} (node indexes), communities at {@code resolution}.
     */
    public static StructureFigures of(
            List<String> ids, List<@Nullable String> types, int[] from, int[] to, double resolution) {
        var g = UndirectedGraph.of(ids.size(), from, to);
        int[] sectors = types.stream().mapToInt(t -> Sector.ofType(t).ordinal()).toArray();
        double[][] holes = Holes.of(g);
        var cuts = CutSearch.of(g);
        int[] community = Communities.numbered(Leiden.partition(g, resolution), ids);
        long[][] brokerage = GouldFernandez.of(g, sectors);
        var sectorValues = Sector.values();
        var actors = new java.util.ArrayList<Actor>(ids.size());
        for (int v = 0; v < ids.size(); v++) {
            int d = g.degree(v);
            long[] b = brokerage[v];
            actors.add(new Actor(
                    sectorValues[sectors[v]].name(),
                    community[v],
                    cuts.separates()[v],
                    d,
                    d == 0 ? null : holes[0][v],
                    d == 0 ? null : holes[1][v],
                    b[GouldFernandez.CONSULTANT] + b[GouldFernandez.REPRESENTATIVE] + b[GouldFernandez.LIAISON]));
        }
        Set<String> critical = new HashSet<>();
        for (var bridge : cuts.bridges()) {
            String u = ids.get(bridge.u());
            String v = ids.get(bridge.v());
            critical.add(u.compareTo(v) < 0 ? u + "\u2194" + v : v + "\u2194" + u);
        }
        return new StructureFigures(List.copyOf(actors), Set.copyOf(critical));
    }
}
