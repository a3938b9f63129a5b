package de.kooperationsatlas.structure;

import java.util.ArrayList;
import java.util.List;

/** The sector matrix of a region's graph: sectors present, every pair's density, the gaps. */
final class SectorCounts {

    private SectorCounts() {}

    static SectorMatrix of(String region, RegionGraph g) {
        int k = Sector.values().length;
        int[] sector = g.sectors();
        long[] actors = new long[k];
        for (int s : sector) {
            actors[s]++;
        }
        long[][] ties = new long[k][k];
        var graph = g.graph();
        for (int v = 0; v < graph.n(); v++) {
            for (int i = graph.offsets()[v]; i < graph.offsets()[v + 1]; i++) {
                int w = graph.targets()[i];
                if (v < w) {
                    ties[Math.min(sector[v], sector[w])][Math.max(sector[v], sector[w])]++;
                }
            }
        }
        var sectors = new ArrayList<SectorMatrix.SectorCount>();
        var pairs = new ArrayList<SectorMatrix.Pair>();
        var gaps = new ArrayList<List<String>>();
        Sector[] all = Sector.values();
        for (int a = 0; a < k; a++) {
            if (actors[a] == 0) {
                continue;
            }
            sectors.add(new SectorMatrix.SectorCount(all[a].name(), (int) actors[a]));
            for (int b = a; b < k; b++) {
                if (actors[b] == 0) {
                    continue;
                }
                long possible = a == b ? actors[a] * (actors[a] - 1) / 2 : actors[a] * actors[b];
                long cooperations = ties[a][b];
                double density = possible == 0 ? 0.0 : (double) cooperations / possible;
                pairs.add(new SectorMatrix.Pair(all[a].name(), all[b].name(), cooperations, possible, density));
                if (a != b && cooperations == 0) {
                    gaps.add(List.of(all[a].name(), all[b].name()));
                }
            }
        }
        return new SectorMatrix(region, List.copyOf(sectors), List.copyOf(pairs), List.copyOf(gaps));
    }
}
