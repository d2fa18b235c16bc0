package no.fellesgrunn.planner.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds plans without the solver: the exact optimum for one match per actor, the greedy baseline,
 * and the engine's starting solution. A plan here is a list of pairs of actor indexes, always
 * within the hard rules (eligible pairs only, capacities kept, no pair twice).
 */
final class MatchingConstruction {
    /** How many best partners per actor the sparse graph for Blossom V keeps. */
    static final int NEAREST_PARTNERS = 20;
    /** Up to this many eligible pairs Blossom V runs on all of them (under a second). */
    static final int COMPLETE_GRAPH_LIMIT = 100_000;

    private MatchingConstruction() {}

    /**
     * The exact optimum when every actor accepts one match: the maximum-cardinality matching of
     * maximum total soft score, by Blossom V on the complete graph of eligible pairs.
     */
    static List<int[]> exact(PairGraph complete, long seed) {
        for (Actor actor : complete.actors) {
            if (actor.getMaxMatches() != 1) {
                throw new IllegalArgumentException("Blossom V is exact only for one match per actor; " + actor.getId()
                        + " accepts " + actor.getMaxMatches() + ".");
            }
        }
        return pairs(complete, BlossomMatching.solve(complete, seed));
    }

    /** The greedy baseline: best pairs first while both actors have room. */
    static List<int[]> greedy(PairGraph complete) {
        return greedy(complete, GreedyMatching.byScoreDescending(complete));
    }

    private static List<int[]> greedy(PairGraph complete, int[] byScore) {
        return pairs(complete, GreedyMatching.take(complete, byScore));
    }

    /**
     * The engine's starting plan, the better of two (by number of actors matched, then soft score):
     * <ol>
     * <li>Blossom V, started on each actor's {@value #NEAREST_PARTNERS} best pairs (on all pairs
     * when there are at most {@value #COMPLETE_GRAPH_LIMIT}): as many actors as possible get their
     * first match, with the best total score. When every actor accepts one match, pricing then
     * brings in every other pair that could improve it, so the plan is the exact optimum (within
     * the budget). Then every actor still without a match takes their best partner who has room
     * left, and greedy fills the remaining capacity.</li>
     * <li>The greedy baseline, so the engine never starts worse than greedy; and the fallback when
     * Blossom V needs more than its budget.</li>
     * </ol>
     */
    static List<int[]> starting(PairGraph complete, long seed, Duration blossomBudget) {
        List<Actor> actors = complete.actors;
        int[] byScore = GreedyMatching.byScoreDescending(complete);
        List<int[]> greedy = greedy(complete, byScore);
        List<int[]> blossom = blossomWithin(complete, seed, blossomBudget);
        if (blossom == null) {
            return greedy;
        }
        int[] used = new int[actors.size()];
        Set<Long> taken = new HashSet<>();
        List<int[]> plan = new ArrayList<>();
        for (int[] pair : blossom) {
            take(pair[0], pair[1], used, taken, plan);
        }
        coverTheUnmatched(complete, used, taken, plan);
        for (int e : byScore) {
            int a = complete.from[e];
            int b = complete.to[e];
            if (hasRoom(actors.get(a), used) && hasRoom(actors.get(b), used) && !taken.contains(key(a, b))) {
                take(a, b, used, taken, plan);
            }
        }
        return quality(complete, greedy).compareTo(quality(complete, plan)) > 0 ? greedy : plan;
    }

    /**
     * Blossom V's first matches, or {@code null} if it found none within the budget. When every
     * actor accepts one match, pricing makes the result the exact optimum on all eligible pairs
     * ({@link BlossomMatching#solvePriced}); if the budget runs out first, the latest round's
     * matching is used. Blossom V cannot be interrupted: a late round finishes on a daemon thread
     * and its result is dropped.
     */
    private static List<int[]> blossomWithin(PairGraph complete, long seed, Duration budget) {
        PairGraph sparse =
                complete.edgeCount() <= COMPLETE_GRAPH_LIMIT ? complete : PairGraph.nearest(complete, NEAREST_PARTNERS);
        boolean oneEach = complete.actors.stream().allMatch(actor -> actor.getMaxMatches() == 1);
        // Leave a fifth of the budget for the round that is running when the deadline passes.
        long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos() * 4 / 5;
        AtomicReference<List<int[]>> latest = new AtomicReference<>();
        Runnable task = oneEach
                ? () -> BlossomMatching.solvePriced(
                        complete, sparse, seed, deadline, edges -> latest.set(pairs(complete, edges)))
                : () -> latest.set(pairs(sparse, BlossomMatching.solve(sparse, seed)));
        if (budget == null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                // Pricing is a proof on top of a valid matching: if it fails, keep the matching.
                if (latest.get() == null) {
                    throw e;
                }
            }
            return latest.get();
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "blossom-v");
            thread.setDaemon(true);
            return thread;
        });
        try {
            executor.submit(task).get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Go on with the latest round, if any.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (latest.get() == null) {
                throw new IllegalStateException("Blossom V failed", e.getCause());
            }
        } finally {
            executor.shutdown();
        }
        return latest.get();
    }

    /**
     * Every actor without a match takes their best eligible partner who still has room. Actors with
     * the fewest partners go first, as they have the fewest chances.
     */
    private static void coverTheUnmatched(PairGraph complete, int[] used, Set<Long> taken, List<int[]> plan) {
        List<Actor> actors = complete.actors;
        List<List<Integer>> edgesOf = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            edgesOf.add(used[i] == 0 ? new ArrayList<>() : null);
        }
        for (int e = 0; e < complete.edgeCount(); e++) {
            if (edgesOf.get(complete.from[e]) != null) {
                edgesOf.get(complete.from[e]).add(e);
            }
            if (edgesOf.get(complete.to[e]) != null) {
                edgesOf.get(complete.to[e]).add(e);
            }
        }
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            if (used[i] == 0 && !edgesOf.get(i).isEmpty()) {
                unmatched.add(i);
            }
        }
        unmatched.sort(Comparator.comparingInt(i -> edgesOf.get(i).size()));
        for (int u : unmatched) {
            if (used[u] > 0) {
                continue; // matched meanwhile, as another actor's best partner
            }
            int best = -1;
            for (int e : edgesOf.get(u)) {
                int v = complete.from[e] == u ? complete.to[e] : complete.from[e];
                if (hasRoom(actors.get(v), used) && (best < 0 || complete.score[e] > complete.score[best])) {
                    best = e;
                }
            }
            if (best >= 0) {
                take(complete.from[best], complete.to[best], used, taken, plan);
            }
        }
    }

    /** (actors matched, total soft score) of a plan, compared in that order. */
    record Quality(int matchedActors, long softScore) implements Comparable<Quality> {
        @Override
        public int compareTo(Quality other) {
            return matchedActors != other.matchedActors
                    ? Integer.compare(matchedActors, other.matchedActors)
                    : Long.compare(softScore, other.softScore);
        }
    }

    static Quality quality(PairGraph complete, List<int[]> plan) {
        Set<Integer> matched = new HashSet<>();
        long soft = 0;
        for (int[] pair : plan) {
            matched.add(pair[0]);
            matched.add(pair[1]);
            soft += complete.weights.softScoreOf(complete.actors.get(pair[0]), complete.actors.get(pair[1]));
        }
        return new Quality(matched.size(), soft);
    }

    private static boolean hasRoom(Actor actor, int[] used) {
        return used[actor.getIndex()] < actor.getMaxMatches();
    }

    private static void take(int a, int b, int[] used, Set<Long> taken, List<int[]> plan) {
        used[a]++;
        used[b]++;
        taken.add(key(a, b));
        plan.add(new int[] {a, b});
    }

    static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static List<int[]> pairs(PairGraph graph, int[] edges) {
        List<int[]> pairs = new ArrayList<>(edges.length);
        for (int e : edges) {
            pairs.add(new int[] {graph.from[e], graph.to[e]});
        }
        return pairs;
    }
}
