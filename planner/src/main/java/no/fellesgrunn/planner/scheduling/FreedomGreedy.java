package no.fellesgrunn.planner.scheduling;

import java.util.Random;

/**
 * A freedom-based greedy seating for "meet new people", after the idea of Triska and Musliu's
 * "An effective greedy heuristic for the Social Golfer Problem" (Annals of OR, 2012): round by
 * round, each table is filled with pairs of people who have not met, chosen by their
 * <em>freedom</em>: the number of people that neither of the two, nor anyone already at the table,
 * has met yet (highest first as in the paper, or lowest first; see {@link #build}). A table with
 * an odd number of free chairs (tables of k and k + 1) gets a last single person the same way.
 * Among candidates, fewest repeats with the people already at the table come first, then the
 * freedom, then chance (so each call can build a different plan for a restart).
 * <p>
 * It only rearranges the seats {@link NewPeopleTabu} may move, chair for chair: every table keeps
 * its head count in every round, nobody changes round, and pinned seats, hosts and people who need
 * an accessible table stay where they are (they count as people already at the table).
 */
final class FreedomGreedy {
    /** Above this many participants the greedy is skipped (it looks at every pair of a round). */
    static final int MAX_PARTICIPANTS = 400;

    private FreedomGreedy() {}

    /**
     * A new plan ({@code [participant][round]} → table, -1 unseated), or null when the event is too
     * large. With {@code mostFreedomFirst} the pair of most freedom is seated first, as in the
     * paper; without, the pair of least freedom (the most constrained first), which on tables of
     * k and k + 1 more often seats the first rounds with no repeat at all. The search tries both.
     */
    static int[][] build(NewPeopleTabu search, Random random, boolean mostFreedomFirst) {
        int sign = mostFreedomFirst ? -1 : 1;
        int n = search.n;
        if (n > MAX_PARTICIPANTS || n < 2) {
            return null;
        }
        int rounds = search.rounds;
        int tables = search.tables;
        int words = (n + 63) >>> 6;
        int[][] plan = new int[n][rounds];
        int[][] free = new int[tables][rounds];
        int[] together = new int[n * n];
        // unmet[x]: a bit for each other participant x has not shared a table with yet.
        long[][] unmet = new long[n][words];
        for (int x = 0; x < n; x++) {
            for (int z = 0; z < n; z++) {
                if (z != x) {
                    unmet[x][z >>> 6] |= 1L << z;
                }
            }
        }
        int[][] pool = new int[rounds][n];
        int[] poolSize = new int[rounds];
        int[][][] members = new int[tables][rounds][];
        int[][] count = new int[tables][rounds];
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < rounds; r++) {
                int t = search.table[p][r];
                if (t >= 0) {
                    count[t][r]++;
                }
            }
        }
        for (int t = 0; t < tables; t++) {
            for (int r = 0; r < rounds; r++) {
                members[t][r] = new int[count[t][r]];
                count[t][r] = 0;
            }
        }
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < rounds; r++) {
                int t = search.table[p][r];
                plan[p][r] = -1;
                if (t < 0) {
                    continue;
                }
                if (search.movable[p][r] && !search.needsAccessible[p]) {
                    free[t][r]++;
                    pool[r][poolSize[r]++] = p;
                } else {
                    plan[p][r] = t;
                    sit(p, t, r, members, count, together, unmet, n);
                }
            }
        }
        int[] conflict = new int[n];
        long[] group = new long[words];

        int[] order = new int[tables];
        for (int r = 0; r < rounds; r++) {
            int[] candidates = pool[r];
            int size = poolSize[r];
            for (int t = 0; t < tables; t++) {
                order[t] = t;
            }
            for (int t = tables - 1; t > 0; t--) {
                int j = random.nextInt(t + 1);
                int swap = order[t];
                order[t] = order[j];
                order[j] = swap;
            }
            for (int o = 0; o < tables; o++) {
                int t = order[o];
                // conflict[x]: the repeat cost x would add with the people already at the table.
                for (int i = 0; i < size; i++) {
                    int x = candidates[i];
                    conflict[x] = 0;
                    for (int k = 0; k < count[t][r]; k++) {
                        conflict[x] += join(together[x * n + members[t][r][k]]);
                    }
                }
                while (free[t][r] > 0 && size > 0) {
                    // Who all at the table (so far) have not met: the group's freedom.
                    java.util.Arrays.fill(group, -1L);
                    for (int k = 0; k < count[t][r]; k++) {
                        long[] u = unmet[members[t][r][k]];
                        for (int w = 0; w < words; w++) {
                            group[w] &= u[w];
                        }
                    }
                    int bi = -1;
                    int bj = -1;
                    long bestKey = Long.MAX_VALUE;
                    int ties = 0;
                    if (free[t][r] >= 2 && size >= 2) {
                        for (int i = 0; i < size; i++) {
                            int x = candidates[i];
                            for (int j = i + 1; j < size; j++) {
                                int y = candidates[j];
                                long repeats = conflict[x] + conflict[y] + join(together[x * n + y]);
                                long key = (repeats << 20) + sign * freedom(unmet[x], unmet[y], group, words);
                                if (key < bestKey || (key == bestKey && random.nextInt(++ties) == 0)) {
                                    if (key < bestKey) {
                                        ties = 1;
                                    }
                                    bestKey = key;
                                    bi = i;
                                    bj = j;
                                }
                            }
                        }
                    } else {
                        for (int i = 0; i < size; i++) {
                            int x = candidates[i];
                            long key = ((long) conflict[x] << 20) + sign * freedom(unmet[x], unmet[x], group, words);
                            if (key < bestKey || (key == bestKey && random.nextInt(++ties) == 0)) {
                                if (key < bestKey) {
                                    ties = 1;
                                }
                                bestKey = key;
                                bi = i;
                            }
                        }
                    }
                    // Take the chosen ones out of the pool (the higher index first), seat them.
                    int[] chosen = bj >= 0 ? new int[] {candidates[bi], candidates[bj]} : new int[] {candidates[bi]};
                    if (bj >= 0) {
                        candidates[bj] = candidates[--size];
                    }
                    candidates[bi] = candidates[--size];
                    for (int x : chosen) {
                        plan[x][r] = t;
                        free[t][r]--;
                        sit(x, t, r, members, count, together, unmet, n);
                        for (int i = 0; i < size; i++) {
                            int c = candidates[i];
                            conflict[c] += join(together[c * n + x]);
                        }
                    }
                }
            }
        }
        return plan;
    }

    /** Seats p at table t in round r: updates who met whom. */
    private static void sit(
            int p, int t, int r, int[][][] members, int[][] count, int[] together, long[][] unmet, int n) {
        int[] m = members[t][r];
        for (int k = 0; k < count[t][r]; k++) {
            int x = m[k];
            together[p * n + x]++;
            together[x * n + p]++;
            unmet[p][x >>> 6] &= ~(1L << x);
            unmet[x][p >>> 6] &= ~(1L << p);
        }
        m[count[t][r]++] = p;
    }

    /** How many people neither of the two has met (for one person: pass them twice). */
    private static int freedom(long[] a, long[] b, long[] group, int words) {
        int freedom = 0;
        for (int w = 0; w < words; w++) {
            freedom += Long.bitCount(a[w] & b[w] & group[w]);
        }
        return freedom;
    }

    /** The repeat cost of a pair that has met k times meeting once more: k² − (k − 1)². */
    private static int join(int k) {
        return k == 0 ? 0 : 2 * k - 1;
    }
}
