package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The meet-new-people search on its own: the freedom-based greedy start, the tabu search that keeps
 * wishes, the wish-keeping tabu phase under FULL_ASSERT, and the constraints' justifications.
 */
class NewPeopleSearchTest {
    private final SchedulingEngine engine = new SchedulingEngine();

    /** A plain search state: n people at tables of the given sizes in every round, seated in order. */
    private static NewPeopleTabu plain(int[] sizes, int rounds) {
        int n = Arrays.stream(sizes).sum();
        NewPeopleTabu search = new NewPeopleTabu(n, rounds, sizes.length, 0, 10, 0, 0);
        for (int r = 0; r < rounds; r++) {
            int p = 0;
            for (int t = 0; t < sizes.length; t++) {
                for (int k = 0; k < sizes[t]; k++, p++) {
                    search.table[p][r] = t;
                    search.movable[p][r] = true;
                }
            }
        }
        Arrays.fill(search.accessible, true);
        for (int[] row : search.challengeAt) {
            Arrays.fill(row, -1);
        }
        return search;
    }

    private static int repeats(int[][] plan, int n, int rounds) {
        int repeats = 0;
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                int together = 0;
                for (int r = 0; r < rounds; r++) {
                    together += plan[p][r] >= 0 && plan[p][r] == plan[q][r] ? 1 : 0;
                }
                repeats += Math.max(0, together - 1);
            }
        }
        return repeats;
    }

    @Test
    void theGreedyKeepsEveryTablesHeadCountAndFixedSeats() {
        // 45 people at tables of 7 and 6 (the adjacent-size variant), 3 rounds; p1 fixed in round 2.
        int[] sizes = {7, 7, 7, 6, 6, 6, 6};
        for (boolean mostFreedomFirst : new boolean[] {true, false}) {
            NewPeopleTabu search = plain(sizes, 3);
            search.movable[0][1] = false;
            search.table[0][1] = 6;
            search.table[44][1] = 0;
            int[][] plan = FreedomGreedy.build(search, new Random(1), mostFreedomFirst);

            for (int r = 0; r < 3; r++) {
                int[] heads = new int[sizes.length];
                for (int[] row : plan) {
                    heads[row[r]]++;
                }
                assertThat(heads).as("head counts in round %d", r + 1).containsExactly(sizes);
            }
            assertThat(plan[0][1]).isEqualTo(6);
            // Everyone starts at the same table in every round (3 × 141 pairs meeting 3 times); far fewer repeats.
            assertThat(repeats(plan, 45, 3)).isLessThan(20);
        }
    }

    @Test
    void theMostConstrainedFirstGreedySeatsASecondRoundWithNoRepeat() {
        // Seven tables of 7 and 6: a second round where everyone meets only new people exists (each
        // table takes at most one person from each table of the first); the greedy finds one.
        NewPeopleTabu search = plain(new int[] {7, 7, 7, 6, 6, 6, 6}, 2);
        assertThat(repeats(FreedomGreedy.build(search, new Random(1), false), 45, 2))
                .isZero();
    }

    @Test
    void theTabuSearchSolvesASmallSocialGolferInstanceFromTheGreedyStart() {
        NewPeopleTabu search = plain(new int[] {3, 3, 3, 3, 3}, 5); // 15 people, 5 tables of 3, 5 rounds
        search.run(
                System.nanoTime() + Duration.ofSeconds(20).toNanos(),
                Duration.ofSeconds(20).toNanos(),
                new Random(3));

        assertThat(search.repeatedPairs()).isZero();
        assertThat(search.greedyRepeats).isGreaterThanOrEqualTo(0); // the greedy ran
    }

    @Test
    void theTabuSearchEndsWhenTheSolveIsAskedToStopNotAtItsTimeBudget() {
        // 8-4-9: the search does not reach 0 here, so without a stop it would run its whole hour.
        int[] sizes = {4, 4, 4, 4, 4, 4, 4, 4};
        NewPeopleTabu search = plain(sizes, 9);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        long hour = Duration.ofHours(1).toNanos();
        Integer done = PhaseStop.during(() -> asked.incrementAndGet() >= 3, () -> {
            search.run(System.nanoTime() + hour, hour, new Random(5));
            return 1;
        });

        assertThat(done).isEqualTo(1);
        // Asked every 16 iterations; the third answer is "stop".
        assertThat(search.iterations).isEqualTo(48);
        assertThat(asked.get()).isEqualTo(3);
        assertThat(PhaseStop.requested()).as("the signal ends with the solve").isFalse();
    }

    @Test
    void withWishesTheTabuSearchMovesNobodyAwayFromAWishedChallenge() {
        // 24 people at 4 tables of 6 over 3 rounds; tables 0 and 1 run challenge 0, tables 2 and 3
        // challenge 1. Odd people wish challenge 0 (a seat at challenge 1 costs them 50), even people
        // challenge 1. Everyone starts at a wished challenge, always with the same five people.
        NewPeopleTabu search = new NewPeopleTabu(24, 3, 4, 2, 10, 0, 0);
        search.keepWishes = true;
        Arrays.fill(search.accessible, true);
        for (int t = 0; t < 4; t++) {
            Arrays.fill(search.challengeAt[t], t / 2);
        }
        for (int p = 0; p < 24; p++) {
            int wished = p % 2;
            search.seatCost[p][wished] = 0;
            search.seatCost[p][1 - wished] = 50;
            search.seatCost[p][2] = 50;
            search.wished[p][wished] = true;
            for (int r = 0; r < 3; r++) {
                search.table[p][r] = (p < 12 ? 0 : 1) + 2 * wished;
                search.movable[p][r] = true;
            }
        }
        int[][] start = new int[24][];
        for (int p = 0; p < 24; p++) {
            start[p] = search.table[p].clone();
        }

        search.run(
                System.nanoTime() + Duration.ofSeconds(20).toNanos(),
                Duration.ofSeconds(5).toNanos(),
                new Random(5));

        assertThat(repeats(start, 24, 3)).isEqualTo(4 * 15 * 2);
        // Trading places between the two tables of a challenge is all that keeps the wishes. Each
        // person meets 15 times among the 11 others who wish the same: at least 4 repeats each,
        // 2 × 12 × 4 / 2 = 48 in all, against 120 at the start.
        assertThat(search.repeatedPairs()).isBetween(48, 80);
        for (int p = 0; p < 24; p++) {
            for (int r = 0; r < 3; r++) {
                assertThat(search.table[p][r] / 2)
                        .as("challenge of p%d in round %d", p, r)
                        .isEqualTo(p % 2);
            }
        }
    }

    @Test
    void theWishKeepingTabuPhaseKeepsTheScoreRightUnderFullAssert() {
        EventProblem problem = EventGenerator.event(3, 24, 4, 3);
        SchedulingWeights weights = SchedulingWeights.defaults();
        EventSchedule start = engine.startingSolution(problem, weights);
        EventPlan before = engine.explain(start);
        SolverConfig config = engine.solverConfig(Duration.ofSeconds(10), Duration.ofSeconds(10))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withPhases(new CustomPhaseConfig()
                        .withCustomPhaseCommandClassList(List.of(NewPeopleTabuPhase.class))
                        .withCustomProperties(Map.of(
                                "plainBudgetMillis", "0", "wishBudgetMillis", "3000", "unimprovedMillis", "1000")));

        EventPlan after = engine.explain(
                SolverFactory.<EventSchedule>create(config).buildSolver().solve(start));

        assertThat(PlanChecks.tableOf(after)).isNotEqualTo(PlanChecks.tableOf(before)); // it moved people
        assertThat(PlanChecks.repeatedPairs(after)).isLessThan(PlanChecks.repeatedPairs(before));
        assertThat(percent(SchedulingInstances.wishShare(problem, after)))
                .isGreaterThanOrEqualTo(percent(SchedulingInstances.wishShare(problem, before)));
        PlanChecks.assertFeasible(problem, after);
    }

    private static double percent(String share) {
        return Double.parseDouble(share.replace("%", "").trim());
    }

    @Test
    void everyConstraintMatchIsJustifiedWithWhatTheRuleCounted() {
        EventProblem problem = EventGenerator.event(7, 40, 5, 3);
        EventSchedule schedule = engine.startingSolution(problem, SchedulingWeights.defaults());
        SolutionManager<EventSchedule, HardMediumSoftLongScore> manager =
                SolutionManager.create(SolverFactory.create(engine.solverConfig(Duration.ofSeconds(1))));
        ScoreExplanation<EventSchedule, HardMediumSoftLongScore> explanation = manager.explain(schedule);

        List<ConstraintMatch<HardMediumSoftLongScore>> matches = new ArrayList<>();
        explanation
                .getConstraintMatchTotalMap()
                .values()
                .forEach(total -> matches.addAll(total.getConstraintMatchSet()));
        assertThat(matches).isNotEmpty().allSatisfy(match -> assertThat((Object) match.getJustification())
                .isInstanceOf(SeatingJustification.class));
        List<SeatingJustification> repeats = matches.stream()
                .filter(match -> match.getConstraintName().equals(SchedulingConstraints.MEET_NEW_PEOPLE))
                .map(match -> (SeatingJustification) match.getJustification())
                .toList();
        assertThat(repeats).isNotEmpty().allSatisfy(why -> {
            assertThat(why.participants()).hasSize(2);
            assertThat(why.count()).isGreaterThanOrEqualTo(2);
        });
        // The same pairs and counts as the plan's own count of repeated pairs.
        assertThat(repeats.stream().mapToLong(why -> why.count() - 1).sum())
                .isEqualTo(PlanChecks.repeatedPairs(engine.explain(schedule)));
    }
}
