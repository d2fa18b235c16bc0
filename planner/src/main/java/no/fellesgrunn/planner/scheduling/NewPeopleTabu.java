package no.fellesgrunn.planner.scheduling;

import java.util.Random;

/**
 * A fast tabu search for "meet new people" on plain arrays, after Dotú and Van Hentenryck's
 * "Scheduling social golfers locally" (CPAIOR 2005): each iteration looks at every participant who
 * sits with someone they met in another round (a conflicting position), tries swapping them with
 * everyone at another table of that round, and takes the best swap that is not tabu (or that beats
 * the best plan so far). Swapping back to a table just left is tabu for a few iterations; when the
 * search stalls it restarts from the best plan with a few random swaps.
 * <p>
 * Swaps keep every table's head count, so capacity, even fill and seats are untouched. The cost
 * also counts what a swap changes for the two people (wishes, shared themes, colleagues, repeated
 * challenge) with the constraints' weights, so meeting new people is not bought with wishes;
 * table-level rules (perspectives, sector balance) are left to the solver's local search after.
 * <p>
 * A little over 300 lines: the tabu search's state, move evaluation and loop read best together.
 */
final class NewPeopleTabu {
    final int n;
    final int rounds;
    final int tables;
    /** table[p][r]: the table of p in round r, -1 when not seated (or not available). */
    final int[][] table;
    /** Whether the search may move p in round r (seated, not pinned, not a host at their challenge). */
    final boolean[][] movable;
    final boolean[] needsAccessible;
    final boolean[] accessible;
    final int[] organisation; // -1: none
    /** challengeAt[t][r]: the challenge index at table t in round r, -1 for an open table. */
    final int[][] challengeAt;
    /** Per participant and challenge: weighted wish and theme points of a seat there (index challenges = open table). */
    final long[][] seatCost;
    final long meetWeight;
    final long organisationWeight;
    final long repeatedChallengeWeight;
    final int challenges;

    private int[][][] members; // [t][r] -> participants
    private int[][] size;      // [t][r]
    private int[][] pos;       // [p][r] -> index in members
    private int[] together;    // n * n
    private int[][] atChallenge; // [p][c]

    NewPeopleTabu(int n, int rounds, int tables, int challenges, long meetWeight, long organisationWeight,
            long repeatedChallengeWeight) {
        this.n = n;
        this.rounds = rounds;
        this.tables = tables;
        this.challenges = challenges;
        this.table = new int[n][rounds];
        this.movable = new boolean[n][rounds];
        this.needsAccessible = new boolean[n];
        this.accessible = new boolean[tables];
        this.organisation = new int[n];
        this.challengeAt = new int[tables][rounds];
        this.seatCost = new long[n][challenges + 1];
        this.meetWeight = meetWeight;
        this.organisationWeight = organisationWeight;
        this.repeatedChallengeWeight = repeatedChallengeWeight;
    }

    private void index() {
        size = new int[tables][rounds];
        for (int[] row : table) {
            for (int r = 0; r < rounds; r++) {
                if (row[r] >= 0) {
                    size[row[r]][r]++;
                }
            }
        }
        members = new int[tables][rounds][];
        for (int t = 0; t < tables; t++) {
            for (int r = 0; r < rounds; r++) {
                members[t][r] = new int[size[t][r]];
                size[t][r] = 0;
            }
        }
        pos = new int[n][rounds];
        together = new int[n * n];
        atChallenge = new int[n][challenges + 1];
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < rounds; r++) {
                int t = table[p][r];
                if (t >= 0) {
                    pos[p][r] = size[t][r];
                    members[t][r][size[t][r]++] = p;
                    atChallenge[p][challengeSlot(t, r)]++;
                }
            }
        }
        for (int t = 0; t < tables; t++) {
            for (int r = 0; r < rounds; r++) {
                int[] m = members[t][r];
                for (int i = 0; i < m.length; i++) {
                    for (int j = i + 1; j < m.length; j++) {
                        together[m[i] * n + m[j]]++;
                        together[m[j] * n + m[i]]++;
                    }
                }
            }
        }
    }

    private int challengeSlot(int t, int r) {
        return challengeAt[t][r] < 0 ? challenges : challengeAt[t][r];
    }

    /** Whether p sits in round r with someone they also sit with in another round. */
    private boolean conflicting(int p, int r) {
        for (int x : members[table[p][r]][r]) {
            if (x != p && together[p * n + x] > 1) {
                return true;
            }
        }
        return false;
    }

    /** Change of the cost when p (at table a) and q (at table b) trade tables in round r. */
    long delta(int p, int q, int r) {
        int a = table[p][r];
        int b = table[q][r];
        long repeats = 0;
        long colleagues = 0;
        for (int x : members[a][r]) {
            if (x != p) {
                repeats -= leave(together[p * n + x]);
                repeats += join(together[q * n + x]);
                colleagues += (same(q, x) ? 1 : 0) - (same(p, x) ? 1 : 0);
            }
        }
        for (int y : members[b][r]) {
            if (y != q) {
                repeats += join(together[p * n + y]);
                repeats -= leave(together[q * n + y]);
                colleagues += (same(p, y) ? 1 : 0) - (same(q, y) ? 1 : 0);
            }
        }
        int ca = challengeSlot(a, r);
        int cb = challengeSlot(b, r);
        long seats = seatCost[p][cb] - seatCost[p][ca] + seatCost[q][ca] - seatCost[q][cb];
        long again = 0;
        if (ca < challenges) {
            again += (atChallenge[q][ca] >= 1 ? 1 : 0) - (atChallenge[p][ca] >= 2 ? 1 : 0);
        }
        if (cb < challenges) {
            again += (atChallenge[p][cb] >= 1 ? 1 : 0) - (atChallenge[q][cb] >= 2 ? 1 : 0);
        }
        return meetWeight * repeats + organisationWeight * colleagues + seats + repeatedChallengeWeight * again;
    }

    /** Cost change of a pair together k times meeting once more: (k)² - (k-1)² for k ≥ 1. */
    private static long join(int k) {
        return k == 0 ? 0 : 2L * k - 1;
    }

    /** Cost saved when a pair together k times meets once less. */
    private static long leave(int k) {
        return k <= 1 ? 0 : 2L * k - 3;
    }

    private boolean same(int p, int x) {
        return organisation[p] >= 0 && organisation[p] == organisation[x];
    }

    private void swap(int p, int q, int r) {
        int a = table[p][r];
        int b = table[q][r];
        for (int x : members[a][r]) {
            if (x != p) {
                together[p * n + x]--;
                together[x * n + p]--;
                together[q * n + x]++;
                together[x * n + q]++;
            }
        }
        for (int y : members[b][r]) {
            if (y != q) {
                together[q * n + y]--;
                together[y * n + q]--;
                together[p * n + y]++;
                together[y * n + p]++;
            }
        }
        atChallenge[p][challengeSlot(a, r)]--;
        atChallenge[p][challengeSlot(b, r)]++;
        atChallenge[q][challengeSlot(b, r)]--;
        atChallenge[q][challengeSlot(a, r)]++;
        int pp = pos[p][r];
        int pq = pos[q][r];
        members[a][r][pp] = q;
        members[b][r][pq] = p;
        pos[q][r] = pp;
        pos[p][r] = pq;
        table[p][r] = b;
        table[q][r] = a;
    }

    private boolean allowed(int p, int to) {
        return !needsAccessible[p] || accessible[to];
    }

    /**
     * Searches until no pair meets twice, the deadline passes, or the iteration limit is reached;
     * leaves the best plan found in {@link #table}.
     */
    void run(long deadlineNanos, long maxIterations, Random random) {
        index();
        int[][] best = copy(table);
        long cost = 0;
        long bestCost = 0;
        int[][][] tabu = new int[n][rounds][tables];
        int[] candidates = new int[n * rounds];
        long sinceBest = 0;
        for (long iteration = 1; iteration <= maxIterations; iteration++) {
            if ((iteration & 15) == 0 && System.nanoTime() > deadlineNanos) {
                break;
            }
            int count = 0;
            for (int p = 0; p < n; p++) {
                for (int r = 0; r < rounds; r++) {
                    if (movable[p][r] && conflicting(p, r)) {
                        candidates[count++] = p * rounds + r;
                    }
                }
            }
            if (count == 0) {
                if (cost <= bestCost) {
                    best = copy(table);
                    bestCost = cost;
                }
                break;
            }
            long bestDelta = Long.MAX_VALUE;
            int bp = -1;
            int bq = -1;
            int br = -1;
            int ties = 0;
            int looks = Math.min(count, 64);
            for (int k = 0; k < looks; k++) {
                int c = count <= 64 ? k : random.nextInt(count);
                int p = candidates[c] / rounds;
                int r = candidates[c] % rounds;
                int a = table[p][r];
                for (int t = 0; t < tables; t++) {
                    if (t == a || !allowed(p, t)) {
                        continue;
                    }
                    for (int q : members[t][r]) {
                        if (!movable[q][r] || !allowed(q, a)) {
                            continue;
                        }
                        long d = delta(p, q, r);
                        boolean isTabu = tabu[p][r][t] > iteration || tabu[q][r][a] > iteration;
                        if (isTabu && cost + d >= bestCost) {
                            continue;
                        }
                        if (d < bestDelta || (d == bestDelta && random.nextInt(++ties) == 0)) {
                            if (d < bestDelta) {
                                ties = 1;
                            }
                            bestDelta = d;
                            bp = p;
                            bq = q;
                            br = r;
                        }
                    }
                }
            }
            if (bp < 0) {
                continue;
            }
            int a = table[bp][br];
            int b = table[bq][br];
            swap(bp, bq, br);
            cost += bestDelta;
            tabu[bp][br][a] = (int) Math.min(Integer.MAX_VALUE, iteration + 4 + random.nextInt(12));
            tabu[bq][br][b] = (int) Math.min(Integer.MAX_VALUE, iteration + 4 + random.nextInt(12));
            if (cost < bestCost) {
                bestCost = cost;
                best = copy(table);
                sinceBest = 0;
            } else if (++sinceBest > 2000) {
                // Stalled: back to the best plan, shaken by a few random swaps.
                restore(best);
                cost = bestCost;
                for (int s = 0; s < Math.max(2, n / 8); s++) {
                    int p = random.nextInt(n);
                    int r = random.nextInt(rounds);
                    int q = random.nextInt(n);
                    if (movable[p][r] && movable[q][r] && table[p][r] != table[q][r]
                            && allowed(p, table[q][r]) && allowed(q, table[p][r])) {
                        cost += delta(p, q, r);
                        swap(p, q, r);
                    }
                }
                sinceBest = 0;
            }
        }
        restore(best);
    }

    private void restore(int[][] plan) {
        for (int p = 0; p < n; p++) {
            System.arraycopy(plan[p], 0, table[p], 0, rounds);
        }
        index();
    }

    private static int[][] copy(int[][] plan) {
        int[][] copy = new int[plan.length][];
        for (int i = 0; i < plan.length; i++) {
            copy[i] = plan[i].clone();
        }
        return copy;
    }
}
