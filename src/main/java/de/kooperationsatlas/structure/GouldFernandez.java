package de.kooperationsatlas.structure;

/**
 * Gould–Fernandez brokerage for undirected ties: for actor b and every unordered pair {a, c} of b's
 * partners that do not cooperate with each other, the pair counts as coordinator (a, b, c share a
 * sector), consultant (a and c share a sector other than b's), representative (exactly one of a, c is
 * in b's sector) or liaison (all three sectors differ).
 */
public final class GouldFernandez {

    public static final int COORDINATOR = 0;
    public static final int CONSULTANT = 1;
    public static final int REPRESENTATIVE = 2;
    public static final int LIAISON = 3;

    private GouldFernandez() {}

    /** Per node the four counts, indexed by the constants above. */
    public static long[][] of(UndirectedGraph g, int[] sector) {
        int[] off = g.offsets();
        int[] nb = g.targets();
        long[][] counts = new long[g.n()][4];
        for (int b = 0; b < g.n(); b++) {
            int own = sector[b];
            for (int i = off[b]; i < off[b + 1]; i++) {
                int a = nb[i];
                for (int k = i + 1; k < off[b + 1]; k++) {
                    int c = nb[k];
                    if (g.adjacent(a, c)) {
                        continue;
                    }
                    counts[b][role(own, sector[a], sector[c])]++;
                }
            }
        }
        return counts;
    }

    static int role(int b, int a, int c) {
        if (a == c) {
            return a == b ? COORDINATOR : CONSULTANT;
        }
        return a == b || c == b ? REPRESENTATIVE : LIAISON;
    }
}
