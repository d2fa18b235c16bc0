package no.fellesgrunn.planner.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jgrapht.alg.matching.SparseEdmondsMaximumCardinalityMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedPerfectMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * The exact optimum for one match per actor: among the matchings of maximum cardinality (as many
 * actors matched as possible: the medium level), one of maximum total soft score. JGraphT's
 * Blossom V (Kolmogorov) computes a maximum-weight matching; adding a constant {@code big} to every
 * edge makes it prefer more edges, and the result is checked against the maximum cardinality from
 * Edmonds' algorithm: if it has fewer edges, {@code big} grows and Blossom V runs again (a
 * {@code big} larger than the score range times the matching size always suffices).
 * <p>
 * Soft scores often tie (Jaccard indexes are small fractions), and ties slow Blossom V down by one
 * or two orders of magnitude. Every edge therefore gets a seeded random jitter far below one score
 * point: the result is optimal for the jittered weights, so within {@code matches × JITTER} score
 * points of the optimum (in practice, exact).
 */
final class BlossomMatching {
    /** Jitter per edge, in score points: at most a quarter of a point, a quarter of a millionth of similarity. */
    static final double JITTER_POINTS = 0.25;

    private BlossomMatching() {}

    /** The edge indexes of the chosen matching in {@code graph}. */
    static int[] solve(PairGraph graph, long seed) {
        if (graph.edgeCount() == 0) {
            return new int[0];
        }
        SimpleWeightedGraph<Integer, DefaultWeightedEdge> g =
                new SimpleWeightedGraph<>(negativeIntegers(), SupplierUtil.createDefaultWeightedEdgeSupplier());
        Map<DefaultWeightedEdge, Integer> edgeIndex = new HashMap<>(graph.edgeCount() * 2);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int e = 0; e < graph.edgeCount(); e++) {
            g.addVertex(graph.from[e]);
            g.addVertex(graph.to[e]);
            edgeIndex.put(g.addEdge(graph.from[e], graph.to[e]), e);
            min = Math.min(min, graph.score[e]);
            max = Math.max(max, graph.score[e]);
        }
        int maximumCardinality = new SparseEdmondsMaximumCardinalityMatching<>(g)
                .getMatching()
                .getEdges()
                .size();
        // Work in units of the score range so the weights stay near 1 and Blossom V's absolute
        // tolerance (1e-9) is far below one score point.
        double range = (double) (max - min) + 1.0;
        double jitter = JITTER_POINTS / range;
        double big = 1.0;
        while (true) {
            for (Map.Entry<DefaultWeightedEdge, Integer> entry : edgeIndex.entrySet()) {
                int e = entry.getValue();
                g.setEdgeWeight(
                        entry.getKey(), big + (graph.score[e] - min) / range + jitter * unitNoise(seed, e, graph));
            }
            var matching = new KolmogorovWeightedMatching<>(g, ObjectiveSense.MAXIMIZE).getMatching();
            if (matching.getEdges().size() == maximumCardinality || big > maximumCardinality + 1) {
                return matching.getEdges().stream().mapToInt(edgeIndex::get).toArray();
            }
            big *= 8;
        }
    }

    /** A matching of the complete graph, as edge indexes of it, and whether it is proven optimal. */
    record Priced(int[] edges, boolean proven, int rounds, int edgesUsed) {}

    /**
     * The maximum-weight matching of the complete graph without giving Blossom V all its edges
     * (pricing, as in column generation): solve on a sparse subgraph, then check every other edge
     * against Blossom V's dual solution. An edge whose reduced cost is negative could improve the
     * matching; those are added and Blossom V runs again. When no edge is left, the dual solution
     * proves the matching optimal on the complete graph (LP duality), so the result is exact, at a
     * fraction of the time Blossom V needs for millions of edges.
     * <p>
     * Weights are {@code 1 + (score - min) / range + jitter}: every edge is worth more than any
     * difference in score, so a maximum-weight matching is also of maximum cardinality unless the
     * graph's structure prevents it; {@code proven} is only true when the matching leaves at most
     * one actor with an eligible pair unmatched, which is then certainly maximum cardinality.
     * Stops after the deadline with the last (valid, unproven) matching; {@code eachRound} gets
     * every round's matching, so a caller that cannot wait can take the latest.
     */
    static Priced solvePriced(
            PairGraph complete,
            PairGraph start,
            long seed,
            long deadlineNanos,
            java.util.function.Consumer<int[]> eachRound) {
        int n = complete.actors.size();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long score : complete.score) {
            min = Math.min(min, score);
            max = Math.max(max, score);
        }
        double range = (double) (max - min) + 1.0;
        java.util.Map<Long, Integer> indexOfPair = new HashMap<>(complete.edgeCount() * 2);
        for (int e = 0; e < complete.edgeCount(); e++) {
            indexOfPair.put(MatchingConstruction.key(complete.from[e], complete.to[e]), e);
        }
        java.util.BitSet active = new java.util.BitSet(complete.edgeCount());
        for (int e = 0; e < start.edgeCount(); e++) {
            active.set(indexOfPair.get(MatchingConstruction.key(start.from[e], start.to[e])));
        }
        int withPartners = 0;
        boolean[] hasEdge = new boolean[n];
        for (int e = 0; e < complete.edgeCount(); e++) {
            hasEdge[complete.from[e]] = true;
            hasEdge[complete.to[e]] = true;
        }
        for (boolean b : hasEdge) {
            withPartners += b ? 1 : 0;
        }
        int[] matching = new int[0];
        for (int round = 1; ; round++) {
            double[] weight = new double[complete.edgeCount()];
            // Doubled graph: actor v, its twin n + v, edge (v, twin) of weight 0, and every active
            // pair twice (between actors and between twins). Its maximum-weight perfect matching
            // is a maximum-weight matching of the actors, mirrored.
            SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            for (int v = 0; v < 2 * n; v++) {
                g.addVertex(v);
            }
            for (int v = 0; v < n; v++) {
                g.setEdgeWeight(g.addEdge(v, n + v), 0.0);
            }
            for (int e = active.nextSetBit(0); e >= 0; e = active.nextSetBit(e + 1)) {
                weight[e] = 1.0
                        + (complete.score[e] - min) / range
                        + (JITTER_POINTS / range) * unitNoise(seed, e, complete);
                g.setEdgeWeight(g.addEdge(complete.from[e], complete.to[e]), weight[e]);
                g.setEdgeWeight(g.addEdge(n + complete.from[e], n + complete.to[e]), weight[e]);
            }
            KolmogorovWeightedPerfectMatching<Integer, DefaultWeightedEdge> blossom =
                    new KolmogorovWeightedPerfectMatching<>(g, ObjectiveSense.MAXIMIZE);
            List<Integer> chosen = new ArrayList<>();
            for (DefaultWeightedEdge edge : blossom.getMatching().getEdges()) {
                int u = g.getEdgeSource(edge);
                int v = g.getEdgeTarget(edge);
                if (u < n && v < n) {
                    chosen.add(indexOfPair.get(MatchingConstruction.key(u, v)));
                }
            }
            matching = chosen.stream().mapToInt(Integer::intValue).toArray();
            eachRound.accept(matching);

            DualCheck duals = new DualCheck(blossom.getDualSolution().getDualVariables(), 2 * n);
            double sign = duals.signFor(g);
            java.util.BitSet violating = new java.util.BitSet(complete.edgeCount());
            int added = 0;
            for (int e = 0; e < complete.edgeCount(); e++) {
                if (active.get(e)) {
                    continue;
                }
                int u = complete.from[e];
                int v = complete.to[e];
                double w = 1.0
                        + (complete.score[e] - min) / range
                        + (JITTER_POINTS / range) * unitNoise(seed, e, complete);
                if (sign * duals.cover(u, v) - w < -1e-9 || sign * duals.cover(n + u, n + v) - w < -1e-9) {
                    violating.set(e);
                    added++;
                }
            }
            boolean maximumCardinality = withPartners - 2 * matching.length <= 1;
            if (added == 0) {
                return new Priced(matching, maximumCardinality, round, active.cardinality());
            }
            if (System.nanoTime() > deadlineNanos) {
                return new Priced(matching, false, round, active.cardinality());
            }
            active.or(violating);
        }
    }

    /** Blossom V's dual variables, to price edges that were not in its graph. */
    private static final class DualCheck {
        private final double[] vertexDual;
        private final List<java.util.Set<Integer>> blossoms = new ArrayList<>();
        private final List<Double> blossomDual = new ArrayList<>();
        private final List<List<Integer>> blossomsOf;

        DualCheck(java.util.Map<java.util.Set<Integer>, Double> duals, int vertices) {
            vertexDual = new double[vertices];
            blossomsOf = new ArrayList<>(vertices);
            for (int v = 0; v < vertices; v++) {
                blossomsOf.add(new ArrayList<>(0));
            }
            for (var entry : duals.entrySet()) {
                if (entry.getKey().size() == 1) {
                    vertexDual[entry.getKey().iterator().next()] = entry.getValue();
                } else if (entry.getValue() != 0.0) {
                    int index = blossoms.size();
                    blossoms.add(entry.getKey());
                    blossomDual.add(entry.getValue());
                    for (int v : entry.getKey()) {
                        blossomsOf.get(v).add(index);
                    }
                }
            }
        }

        /** The duals covering edge (u, v): both vertices and every blossom holding exactly one of them. */
        double cover(int u, int v) {
            double sum = vertexDual[u] + vertexDual[v];
            for (int b : blossomsOf.get(u)) {
                if (!blossoms.get(b).contains(v)) {
                    sum += blossomDual.get(b);
                }
            }
            for (int b : blossomsOf.get(v)) {
                if (!blossoms.get(b).contains(u)) {
                    sum += blossomDual.get(b);
                }
            }
            return sum;
        }

        /**
         * +1 or -1: the sign under which the duals cover every edge of the solved graph (the
         * library may report the duals of the minimisation it solves internally).
         */
        double signFor(SimpleWeightedGraph<Integer, DefaultWeightedEdge> g) {
            double worstPlus = 0;
            double worstMinus = 0;
            for (DefaultWeightedEdge edge : g.edgeSet()) {
                double c = cover(g.getEdgeSource(edge), g.getEdgeTarget(edge));
                double w = g.getEdgeWeight(edge);
                worstPlus = Math.min(worstPlus, c - w);
                worstMinus = Math.min(worstMinus, -c - w);
            }
            if (worstPlus >= -1e-7) {
                return 1.0;
            }
            if (worstMinus >= -1e-7) {
                return -1.0;
            }
            throw new IllegalStateException(
                    "Blossom V's duals cover no edge set consistently (" + worstPlus + ", " + worstMinus + ")");
        }
    }

    /**
     * Blossom V's maximum (not perfect) matching copies the graph and adds a twin of every vertex:
     * the twins must not collide with the actor indexes, so they are negative.
     */
    private static Supplier<Integer> negativeIntegers() {
        int[] next = {-1};
        return () -> next[0]--;
    }

    /** A deterministic number in [0, 1) for the edge, from the seed and the edge's two actors. */
    static double unitNoise(long seed, int e, PairGraph graph) {
        long x = seed ^ ((long) graph.from[e] << 32 | graph.to[e]);
        x += 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        x = x ^ (x >>> 31);
        return (x >>> 11) * 0x1.0p-53;
    }
}
