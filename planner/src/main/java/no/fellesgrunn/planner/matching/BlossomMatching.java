package no.fellesgrunn.planner.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jgrapht.alg.matching.SparseEdmondsMaximumCardinalityMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
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

    private BlossomMatching() {
    }

    /** The edge indexes of the chosen matching in {@code graph}. */
    static int[] solve(PairGraph graph, long seed) {
        if (graph.edgeCount() == 0) {
            return new int[0];
        }
        SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(
                negativeIntegers(), SupplierUtil.createDefaultWeightedEdgeSupplier());
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
        int maximumCardinality = new SparseEdmondsMaximumCardinalityMatching<>(g).getMatching().getEdges().size();
        // Work in units of the score range so the weights stay near 1 and Blossom V's absolute
        // tolerance (1e-9) is far below one score point.
        double range = (double) (max - min) + 1.0;
        double jitter = JITTER_POINTS / range;
        double big = 1.0;
        while (true) {
            for (Map.Entry<DefaultWeightedEdge, Integer> entry : edgeIndex.entrySet()) {
                int e = entry.getValue();
                g.setEdgeWeight(entry.getKey(), big + (graph.score[e] - min) / range + jitter * unitNoise(seed, e, graph));
            }
            var matching = new KolmogorovWeightedMatching<>(g, ObjectiveSense.MAXIMIZE).getMatching();
            if (matching.getEdges().size() == maximumCardinality || big > maximumCardinality + 1) {
                return matching.getEdges().stream().mapToInt(edgeIndex::get).toArray();
            }
            big *= 8;
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
