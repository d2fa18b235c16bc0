package no.fellesgrunn.planner.matching;

import java.util.Arrays;

/**
 * The greedy baseline: take the eligible pairs from the highest soft score down, keeping a pair when
 * both actors still have room. Simple and fast (a 1/2-approximation of the maximum weight); the
 * engine must never do worse than this.
 */
final class GreedyMatching {
    private GreedyMatching() {}

    /** Edge indexes of {@code graph} in the order greedy considers them: best score first, then lowest index. */
    static int[] byScoreDescending(PairGraph graph) {
        int m = graph.edgeCount();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long s : graph.score) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        if (m > 0 && (double) (max - min + 1) * m < 9e18) {
            // Sort one primitive key per edge: (max - score) * m + index.
            long[] keys = new long[m];
            for (int e = 0; e < m; e++) {
                keys[e] = (max - graph.score[e]) * m + e;
            }
            Arrays.sort(keys);
            int[] order = new int[m];
            for (int i = 0; i < m; i++) {
                order[i] = (int) (keys[i] % m);
            }
            return order;
        }
        return java.util.stream.IntStream.range(0, m)
                .boxed()
                .sorted((a, b) -> graph.score[a] != graph.score[b]
                        ? Long.compare(graph.score[b], graph.score[a])
                        : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The greedy plan: edges in the given order, kept while both actors have room. */
    static int[] take(PairGraph graph, int[] order) {
        int[] used = new int[graph.actors.size()];
        int[] chosen = new int[graph.actors.size()];
        int size = 0;
        for (int e : order) {
            Actor a = graph.actors.get(graph.from[e]);
            Actor b = graph.actors.get(graph.to[e]);
            if (used[a.getIndex()] < a.getMaxMatches() && used[b.getIndex()] < b.getMaxMatches()) {
                used[a.getIndex()]++;
                used[b.getIndex()]++;
                if (size == chosen.length) {
                    chosen = java.util.Arrays.copyOf(chosen, size * 2);
                }
                chosen[size++] = e;
            }
        }
        return java.util.Arrays.copyOf(chosen, size);
    }
}
