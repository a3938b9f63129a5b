package de.kooperationsatlas.structure;

/**
 * Burt's structural holes on an unweighted undirected graph, as the contract defines them and as
 * NetworkX's {@code effective_size} and {@code constraint} compute them: for a node v with d ≥ 1
 * partners and T cooperations among them, effective size = d − 2T/d; constraint = Σ over partners j of
 * (1/d + Σ over partners q of v that also cooperate with j of 1/(d · deg(q)))². NaN when d = 0.
 */
public final class Holes {

    private Holes() {}

    /** Effective size and constraint per node: {@code [0]} effective sizes, {@code [1]} constraints. */
    public static double[][] of(UndirectedGraph g) {
        int n = g.n();
        int[] off = g.offsets();
        int[] nb = g.targets();
        double[] effective = new double[n];
        double[] constraint = new double[n];
        // mark[q] == v + 1 while q is a partner of v.
        int[] mark = new int[n];
        for (int v = 0; v < n; v++) {
            int d = g.degree(v);
            if (d == 0) {
                effective[v] = Double.NaN;
                constraint[v] = Double.NaN;
                continue;
            }
            for (int i = off[v]; i < off[v + 1]; i++) {
                mark[nb[i]] = v + 1;
            }
            long twiceT = 0;
            double sum = 0;
            for (int i = off[v]; i < off[v + 1]; i++) {
                int j = nb[i];
                double indirect = 0;
                for (int k = off[j]; k < off[j + 1]; k++) {
                    int q = nb[k];
                    if (mark[q] == v + 1) {
                        twiceT++;
                        indirect += 1.0 / g.degree(q);
                    }
                }
                double local = 1.0 / d + indirect / d;
                sum += local * local;
            }
            effective[v] = d - (double) twiceT / d;
            constraint[v] = sum;
        }
        return new double[][] {effective, constraint};
    }
}
