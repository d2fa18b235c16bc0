package no.fellesgrunn.planner.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact optimum of a tiny matching problem by exhaustive search over every set of eligible
 * pairs that keeps the capacities: the most actors with a match, then the highest soft score.
 * Independent of Blossom V and OptaPlanner, so it can check both. Exponential: keep it under ~25
 * eligible pairs.
 */
final class BruteForceMatching {
    private final List<Actor> actors;
    private final List<int[]> edges = new ArrayList<>();
    private final List<Long> scores = new ArrayList<>();
    private final int[] used;
    private int bestMatched = -1;
    private long bestSoft = Long.MIN_VALUE;
    private final List<Integer> current = new ArrayList<>();
    private List<int[]> bestPlan = List.of();

    private BruteForceMatching(List<Actor> actors, MatchingWeights weights) {
        this.actors = actors;
        this.used = new int[actors.size()];
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                if (actors.get(i).canMeet(actors.get(j))) {
                    edges.add(new int[] {i, j});
                    scores.add(weights.softScoreOf(actors.get(i), actors.get(j)));
                }
            }
        }
    }

    static MatchingConstruction.Quality optimum(List<Actor> actors, MatchingWeights weights) {
        BruteForceMatching search = new BruteForceMatching(actors, weights);
        if (search.edges.size() > 30) {
            throw new IllegalArgumentException("Too many eligible pairs for brute force: " + search.edges.size());
        }
        search.visit(0, 0);
        return new MatchingConstruction.Quality(search.bestMatched, search.bestSoft);
    }

    /** The pairs (actor indexes) of an optimal plan. */
    static List<int[]> optimalPlan(List<Actor> actors, MatchingWeights weights) {
        BruteForceMatching search = new BruteForceMatching(actors, weights);
        search.visit(0, 0);
        return search.bestPlan;
    }

    private void visit(int edge, long soft) {
        if (edge == edges.size()) {
            int matched = 0;
            for (int u : used) {
                if (u > 0) {
                    matched++;
                }
            }
            if (matched > bestMatched || matched == bestMatched && soft > bestSoft) {
                bestMatched = matched;
                bestSoft = soft;
                bestPlan = current.stream().map(edges::get).toList();
            }
            return;
        }
        visit(edge + 1, soft);
        int a = edges.get(edge)[0];
        int b = edges.get(edge)[1];
        if (used[a] < actors.get(a).getMaxMatches() && used[b] < actors.get(b).getMaxMatches()) {
            used[a]++;
            used[b]++;
            current.add(edge);
            visit(edge + 1, soft + scores.get(edge));
            current.remove(current.size() - 1);
            used[a]--;
            used[b]--;
        }
    }
}
