package no.fellesgrunn.planner.scheduling;

import java.util.Random;

/**
 * A fast tabu search for "meet new people" on plain arrays, after Dotú and Van Hentenryck's
 * "Scheduling social golfers locally" (CPAIOR 2005), started from Triska and Musliu's freedom-based
 * greedy plan ({@link FreedomGreedy}) when that is better than the plan given. Each iteration looks
 * at every participant who sits with someone they met in another round (a conflicting position; a
 * sample of them in a large event), tries swapping them with everyone at another table of that
 * round, and takes the best swap that is not tabu, or that beats the best plan so far (aspiration).
 * Going back to a table just left is tabu for 4–15 iterations; when the search stalls it restarts,
 * alternately from the best plan shaken by a few random swaps and from a new greedy plan.
 * <p>
 * Swaps keep every table's head count, so capacity, even fill and seats are untouched. The cost
 * also counts what a swap changes for the two people (wishes, shared themes, colleagues, repeated
 * challenge) with the constraints' weights, so meeting new people is not bought with wishes; with
 * {@link #keepWishes} no swap takes anyone from a wished challenge to one they did not wish for,
 * and a second kind of move lets a conflicting participant see the same two challenges in the
 * other order of rounds (two swaps; their count of wished seats stays the same).
 * Table-level rules (perspectives, sector balance) are left to the solver's local search after.
 * <p>
 * Over 300 lines (about 550): the search's state, move evaluation and loop read best together.
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
    /** Swaps that take someone from a wished challenge to one not wished for are left out (see {@link #keeps}). */
    boolean keepWishes;
    /** Per participant and challenge (index challenges = open table): whether they wished for it. */
    final boolean[][] wished;

    /** Figures of the last run, for tests: iterations, restarts, the repeats of the greedy plan it started from (-1: none). */
    long iterations;

    int restartCount;
    int greedyRepeats = -1;

    private int[][][] members; // [t][r] -> participants
    private int[][] size; // [t][r]
    private int[][] pos; // [p][r] -> index in members
    private int[] together; // n * n
    private int[][] atChallenge; // [p][c]

    NewPeopleTabu(
            int n,
            int rounds,
            int tables,
            int challenges,
            long meetWeight,
            long organisationWeight,
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
        this.wished = new boolean[n][challenges + 1];
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
     * Whether a swap of p (at a) and q (at b) in round r is in the search's neighbourhood: with
     * {@link #keepWishes}, only when neither leaves a challenge they wished for for one they did
     * not wish for, so the share of seats at a wished challenge never goes down (a lower-ranked
     * wish, or a seat without shared themes, is left to the cost to weigh).
     */
    private boolean keeps(int p, int a, int q, int b, int r) {
        if (!keepWishes) {
            return true;
        }
        int ca = challengeSlot(a, r);
        int cb = challengeSlot(b, r);
        return (!wished[p][ca] || wished[p][cb]) && (!wished[q][cb] || wished[q][ca]);
    }

    /** Swaps one iteration evaluates, at most (all of them in a small event). */
    private static final int EVALUATIONS_PER_ITERATION = 2048;

    /** The whole cost of the current plan, as {@link #delta} counts it. */
    long cost() {
        long repeats = 0;
        long colleagues = 0;
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                int k = together[p * n + q];
                repeats += k > 1 ? (long) (k - 1) * (k - 1) : 0;
            }
        }
        long seats = 0;
        long again = 0;
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < rounds; r++) {
                int t = table[p][r];
                if (t >= 0) {
                    seats += seatCost[p][challengeSlot(t, r)];
                    for (int x : members[t][r]) {
                        colleagues += x > p && same(p, x) ? 1 : 0;
                    }
                }
            }
            for (int c = 0; c < challenges; c++) {
                again += Math.max(0, atChallenge[p][c] - 1);
            }
        }
        return meetWeight * repeats + organisationWeight * colleagues + seats + repeatedChallengeWeight * again;
    }

    /** Number of pairs meeting more than once, counted once per extra meeting. */
    int repeatedPairs() {
        int repeats = 0;
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                repeats += Math.max(0, together[p * n + q] - 1);
            }
        }
        return repeats;
    }

    /**
     * Searches until no pair meets twice, the deadline passes, the best plan has not improved
     * for {@code unimprovedNanos}, or the solve is asked to stop ({@link PhaseStop}); leaves the best
     * plan found in {@link #table}.
     * <p>
     * It first builds a plan with {@link FreedomGreedy} and starts from it when it costs less than
     * the plan given. Each iteration then looks at every conflicting position (a sample of them in
     * a large event), tries swapping it with everyone at another table of its round, and takes the
     * best swap that is not tabu, or that beats the best plan (aspiration). After
     * {@code stallIterations} iterations without a better plan it restarts: alternately from the
     * best plan shaken by a few random swaps, and from a new greedy plan (chance breaks its ties).
     */
    void run(long deadlineNanos, long unimprovedNanos, Random random) {
        index();
        long cost = cost();
        // The greedy knows nothing of wishes: not where they must be kept.
        boolean greedyRestarts = false;
        for (boolean mostFreedomFirst : new boolean[] {true, false}) {
            int[][] greedy = keepWishes ? null : FreedomGreedy.build(this, random, mostFreedomFirst);
            if (greedy == null) {
                break;
            }
            int[][] given = copy(table);
            restore(greedy);
            long greedyCost = cost();
            if (greedyCost < cost) {
                cost = greedyCost;
                greedyRepeats = repeatedPairs();
                greedyRestarts = true; // the greedy plan is a good start here: restart from new ones too
            } else {
                restore(given);
            }
        }
        int[][] best = copy(table);
        long bestCost = cost;
        long bestAt = System.nanoTime();
        // Leaving a table makes going back to it tabu for a while: the table left and until when.
        int[] tabuTable = new int[n * rounds];
        long[] tabuUntil = new long[n * rounds];
        int[] candidates = new int[n * rounds];
        long sinceBest = 0;
        long stallIterations = 1000 + 20L * n;
        int restarts = 0;
        for (long iteration = 1; bestCost > 0; iteration++) {
            iterations = iteration;
            if ((iteration & 15) == 0) {
                long now = System.nanoTime();
                if (now > deadlineNanos || now - bestAt > unimprovedNanos || PhaseStop.requested()) {
                    break;
                }
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
                break; // no pair of movable people meets twice: nothing left for this search
            }
            long bestDelta = Long.MAX_VALUE;
            int bp = -1;
            int bq = -1;
            int br = -1;
            int ties = 0;
            int evaluations = 0;
            for (int k = 0; k < count && evaluations < EVALUATIONS_PER_ITERATION; k++) {
                int pick = k + random.nextInt(count - k); // a random order of the conflicting positions
                int c = candidates[pick];
                candidates[pick] = candidates[k];
                candidates[k] = c;
                int p = c / rounds;
                int r = c % rounds;
                int a = table[p][r];
                for (int t = 0; t < tables; t++) {
                    if (t == a || !allowed(p, t)) {
                        continue;
                    }
                    for (int q : members[t][r]) {
                        if (!movable[q][r] || !allowed(q, a) || !keeps(p, a, q, t, r)) {
                            continue;
                        }
                        evaluations++;
                        long d = delta(p, q, r);
                        boolean isTabu = (tabuTable[p * rounds + r] == t && tabuUntil[p * rounds + r] > iteration)
                                || (tabuTable[q * rounds + r] == a && tabuUntil[q * rounds + r] > iteration);
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
            // With wishes kept, also: a conflicting participant sees the same two challenges in
            // the other order of rounds (two swaps), which no single swap can do without someone
            // leaving a wished challenge.
            int[] cross = keepWishes
                    ? bestCrossRound(candidates, Math.min(count, 16), cost, bestCost, iteration, tabuTable, tabuUntil)
                    : null;
            if (cross != null && cross[4] < (bp >= 0 ? bestDelta : Long.MAX_VALUE)) {
                int p = cross[0];
                for (int[] move : new int[][] {{cross[1], cross[2]}, {cross[3], cross[5]}}) {
                    int q = move[0];
                    int r = move[1];
                    int a = table[p][r];
                    int b = table[q][r];
                    cost += delta(p, q, r);
                    swap(p, q, r);
                    tabuTable[p * rounds + r] = a;
                    tabuUntil[p * rounds + r] = iteration + tenure(random);
                    tabuTable[q * rounds + r] = b;
                    tabuUntil[q * rounds + r] = iteration + tenure(random);
                }
            } else if (bp >= 0) {
                int a = table[bp][br];
                int b = table[bq][br];
                swap(bp, bq, br);
                cost += bestDelta;
                tabuTable[bp * rounds + br] = a;
                tabuUntil[bp * rounds + br] = iteration + tenure(random);
                tabuTable[bq * rounds + br] = b;
                tabuUntil[bq * rounds + br] = iteration + tenure(random);
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = copy(table);
                bestAt = System.nanoTime();
                sinceBest = 0;
            } else if (++sinceBest > stallIterations) {
                restartCount++;
                int[][] fresh = greedyRestarts && restarts++ % 2 == 1
                        ? FreedomGreedy.build(this, random, restarts % 4 == 0)
                        : null;
                if (fresh != null) {
                    restore(fresh);
                    cost = cost();
                } else {
                    restore(best);
                    cost = bestCost;
                    perturb(random);
                    cost = cost();
                }
                java.util.Arrays.fill(tabuUntil, 0);
                sinceBest = 0;
            }
        }
        restore(best);
    }

    /**
     * The best cross-round move among the first {@code looks} conflicting positions: p, at
     * challenge ca in round r1 and cb in round r2, trades with q1 (at cb in r1) and q2 (at ca in
     * r2), so p sees cb first and ca later; q1 and q2 must not leave a wished challenge. Returns
     * {p, q1, r1, q2, delta, r2} (delta fits an int in practice; capped) or null.
     */
    private int[] bestCrossRound(
            int[] candidates, int looks, long cost, long bestCost, long iteration, int[] tabuTable, long[] tabuUntil) {
        int[] best = null;
        long bestDelta = Long.MAX_VALUE;
        for (int k = 0; k < looks; k++) {
            int p = candidates[k] / rounds;
            int r1 = candidates[k] % rounds;
            int a = table[p][r1];
            int ca = challengeAt[a][r1];
            if (ca < 0) {
                continue;
            }
            for (int r2 = 0; r2 < rounds; r2++) {
                int b2 = table[p][r2];
                if (r2 == r1 || b2 < 0 || !movable[p][r2] || challengeAt[b2][r2] < 0 || challengeAt[b2][r2] == ca) {
                    continue;
                }
                int cb = challengeAt[b2][r2];
                int b1 = tableOf(cb, r1);
                int a2 = tableOf(ca, r2);
                if (b1 < 0 || a2 < 0 || !allowed(p, b1) || !allowed(p, a2)) {
                    continue;
                }
                int q1 = bestPartner(p, a, b1, r1);
                if (q1 < 0) {
                    continue;
                }
                long d1 = delta(p, q1, r1);
                swap(p, q1, r1);
                int q2 = bestPartner(p, b2, a2, r2);
                long d = q2 < 0 ? Long.MAX_VALUE : d1 + delta(p, q2, r2);
                swap(p, q1, r1); // back
                if (d == Long.MAX_VALUE) {
                    continue;
                }
                boolean isTabu = (tabuTable[p * rounds + r1] == b1 && tabuUntil[p * rounds + r1] > iteration)
                        || (tabuTable[p * rounds + r2] == a2 && tabuUntil[p * rounds + r2] > iteration);
                if ((isTabu && cost + d >= bestCost) || d >= bestDelta) {
                    continue;
                }
                bestDelta = d;
                best = new int[] {p, q1, r1, q2, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, d)), r2};
            }
        }
        return best;
    }

    /** Who at table {@code to} in round r trades with p (at {@code from}) best, keeping their wish; -1: nobody. */
    private int bestPartner(int p, int from, int to, int r) {
        int best = -1;
        long bestDelta = Long.MAX_VALUE;
        for (int q : members[to][r]) {
            if (!movable[q][r]
                    || !allowed(q, from)
                    || (wished[q][challengeSlot(to, r)] && !wished[q][challengeSlot(from, r)])) {
                continue;
            }
            long d = delta(p, q, r);
            if (d < bestDelta) {
                bestDelta = d;
                best = q;
            }
        }
        return best;
    }

    /** The table where challenge c runs in round r, or -1. */
    private int tableOf(int c, int r) {
        for (int t = 0; t < tables; t++) {
            if (challengeAt[t][r] == c) {
                return t;
            }
        }
        return -1;
    }

    private static int tenure(Random random) {
        return 4 + random.nextInt(12);
    }

    /** A few random swaps of movable people. */
    private void perturb(Random random) {
        for (int s = 0; s < Math.max(2, n / 8); s++) {
            int p = random.nextInt(n);
            int r = random.nextInt(rounds);
            int q = random.nextInt(n);
            if (movable[p][r]
                    && movable[q][r]
                    && table[p][r] != table[q][r]
                    && allowed(p, table[q][r])
                    && allowed(q, table[p][r])
                    && keeps(p, table[p][r], q, table[q][r], r)) {
                swap(p, q, r);
            }
        }
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
