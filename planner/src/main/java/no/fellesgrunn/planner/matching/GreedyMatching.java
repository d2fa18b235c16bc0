package no.fellesgrunn.planner.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The greedy baseline: take the eligible pairs from the highest soft score down, keeping a pair when
 * both actors still have room. Simple and fast (a 1/2-approximation of the maximum weight); the
 * engine must never do worse than this.
 */
final class GreedyMatching {
    private GreedyMatching() {
    }

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
        return java.util.stream.IntStream.range(0, m).boxed()
                .sorted((a, b) -> graph.score[a] != graph.score[b] ? Long.compare(graph.score[b], graph.score[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Greedy from nothing. */
    static List<Integer> solve(PairGraph graph) {
        return extend(graph, new int[graph.actors.size()], new boolean[graph.edgeCount()]);
    }

    /**
     * Adds edges greedily to a partial plan: {@code used[a]} matches per actor so far, {@code taken}
     * the edges already in it (both updated).
     */
    static List<Integer> extend(PairGraph graph, int[] used, boolean[] taken) {
        List<Integer> chosen = new ArrayList<>();
        for (int e : byScoreDescending(graph)) {
            int a = graph.from[e];
            int b = graph.to[e];
            if (!taken[e] && used[a] < graph.actors.get(a).getMaxMatches() && used[b] < graph.actors.get(b).getMaxMatches()) {
                taken[e] = true;
                used[a]++;
                used[b]++;
                chosen.add(e);
            }
        }
        return chosen;
    }
}
