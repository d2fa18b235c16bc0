package no.fellesgrunn.planner.matching;

import java.util.Arrays;
import java.util.List;

/**
 * The eligible pairs of a problem as a weighted graph: one vertex per actor, one edge per pair that
 * may meet, weighted by the soft score the match would add ({@link MatchingWeights#softScoreOf}).
 * Stored in plain arrays because a dense problem of 5,000 actors has more than ten million pairs.
 */
final class PairGraph {
    final List<Actor> actors;
    final MatchingWeights weights;
    final int[] from;
    final int[] to;
    final long[] score;

    private PairGraph(List<Actor> actors, MatchingWeights weights, int[] from, int[] to, long[] score) {
        this.actors = actors;
        this.weights = weights;
        this.from = from;
        this.to = to;
        this.score = score;
    }

    int edgeCount() {
        return from.length;
    }

    /** Every eligible pair. Quadratic in the number of actors. */
    static PairGraph complete(List<Actor> actors, MatchingWeights weights) {
        Builder builder = new Builder(actors.size() * 8);
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            for (int j = i + 1; j < actors.size(); j++) {
                Actor b = actors.get(j);
                if (a.canMeet(b)) {
                    builder.add(i, j, weights.softScoreOf(a, b));
                }
            }
        }
        return builder.build(actors, weights);
    }

    /**
     * For every actor, its {@code k} best eligible pairs (by soft score, ties to the lower index),
     * united: a sparse graph on which a maximum-weight matching is, in practice, as good as on the
     * complete graph, because an optimal matching almost never uses an actor's 20th-best partner.
     */
    static PairGraph nearest(PairGraph complete, int k) {
        List<Actor> actors = complete.actors;
        int n = actors.size();
        // Per actor a bounded min-heap of (score, neighbour): heapScore[i*k ..], heapOther[i*k ..].
        long[] heapScore = new long[n * k];
        int[] heapOther = new int[n * k];
        int[] heapSize = new int[n];
        for (int e = 0; e < complete.edgeCount(); e++) {
            int i = complete.from[e];
            int j = complete.to[e];
            long s = complete.score[e];
            offer(heapScore, heapOther, heapSize, k, i, s, j);
            offer(heapScore, heapOther, heapSize, k, j, s, i);
        }
        Builder builder = new Builder(n * k);
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < heapSize[i]; h++) {
                int j = heapOther[i * k + h];
                // Keep each edge once: from the lower index, or from the higher one if the lower
                // index did not keep it itself.
                if (i < j || !contains(heapOther, heapSize, k, j, i)) {
                    builder.add(Math.min(i, j), Math.max(i, j), heapScore[i * k + h]);
                }
            }
        }
        return builder.build(actors, complete.weights);
    }

    private static boolean contains(int[] heapOther, int[] heapSize, int k, int owner, int other) {
        for (int h = 0; h < heapSize[owner]; h++) {
            if (heapOther[owner * k + h] == other) {
                return true;
            }
        }
        return false;
    }

    private static void offer(long[] heapScore, int[] heapOther, int[] heapSize, int k, int owner, long s, int other) {
        int base = owner * k;
        int size = heapSize[owner];
        if (size < k) {
            int pos = size;
            heapSize[owner] = size + 1;
            while (pos > 0) {
                int parent = (pos - 1) / 2;
                if (heapScore[base + parent] <= s) {
                    break;
                }
                heapScore[base + pos] = heapScore[base + parent];
                heapOther[base + pos] = heapOther[base + parent];
                pos = parent;
            }
            heapScore[base + pos] = s;
            heapOther[base + pos] = other;
            return;
        }
        if (s <= heapScore[base]) {
            return;
        }
        // Replace the smallest and sift down.
        int pos = 0;
        while (true) {
            int left = 2 * pos + 1;
            if (left >= k) {
                break;
            }
            int child = left + 1 < k && heapScore[base + left + 1] < heapScore[base + left] ? left + 1 : left;
            if (heapScore[base + child] >= s) {
                break;
            }
            heapScore[base + pos] = heapScore[base + child];
            heapOther[base + pos] = heapOther[base + child];
            pos = child;
        }
        heapScore[base + pos] = s;
        heapOther[base + pos] = other;
    }

    private static final class Builder {
        int[] from;
        int[] to;
        long[] score;
        int size;

        Builder(int capacity) {
            from = new int[Math.max(16, capacity)];
            to = new int[from.length];
            score = new long[from.length];
        }

        void add(int a, int b, long s) {
            if (size == from.length) {
                int grown = from.length * 2;
                from = Arrays.copyOf(from, grown);
                to = Arrays.copyOf(to, grown);
                score = Arrays.copyOf(score, grown);
            }
            from[size] = a;
            to[size] = b;
            score[size] = s;
            size++;
        }

        PairGraph build(List<Actor> actors, MatchingWeights weights) {
            return new PairGraph(
                    actors, weights, Arrays.copyOf(from, size), Arrays.copyOf(to, size), Arrays.copyOf(score, size));
        }
    }
}
