package no.fellesgrunn.planner.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Prints the scheduling figures; not part of the test run (tagged {@code benchmark}, which surefire
 * excludes):
 * <pre>./mvnw -B -pl planner -am test -Dtest.excludedGroups=none -Dtest=SchedulingBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * By default one table of the issue 11 instances ({@link SchedulingInstances}) with the
 * application's settings ({@code scheduling.benchmark.instances}, for example {@code 2,3}: only
 * those rows, counted from 1). System properties for the older detailed runs:
 * {@code scheduling.benchmark.sizes} (for example {@code 60,300,1000}; default none) and
 * {@code scheduling.benchmark.seconds} (default 120: the length of each solve).
 * Events are seeded: 60 participants / 8 tables / 3 rounds, 300 / 40 / 4, 1,000 / 125 / 4.
 */
@Tag("benchmark")
public class SchedulingBenchmark {
    private static final Map<Integer, int[]> SIZES =
            Map.of(60, new int[] {60, 8, 3}, 300, new int[] {300, 40, 4}, 1000, new int[] {1000, 125, 4});

    private final SchedulingEngine engine = new SchedulingEngine();
    private final SolutionManager<EventSchedule, HardMediumSoftLongScore> scorer =
            SolutionManager.create(SolverFactory.create(engine.solverConfig(Duration.ofSeconds(1))));
    private final SchedulingWeights weights = SchedulingWeights.defaults();

    public static void main(String[] args) {
        new SchedulingBenchmark().benchmark();
    }

    @Test
    void benchmark() {
        // The instances of issue 11 with the application's settings, as one table.
        StringBuilder table = new StringBuilder(SchedulingInstances.header());
        String only = System.getProperty("scheduling.benchmark.instances", "");
        List<SchedulingInstances.Instance> instances = SchedulingInstances.all();
        for (int i = 0; i < instances.size(); i++) {
            if (!only.isBlank() && !List.of(only.split(",")).contains(String.valueOf(i + 1))) {
                continue;
            }
            SchedulingInstances.Instance instance = instances.get(i);
            String row = SchedulingInstances.row(engine, instance);
            System.out.print(row);
            table.append(row);
        }
        System.out.println();
        System.out.println("Scheduling benchmark, issue 11 instances (60 s limit, 10 s without improvement; "
                + Runtime.getRuntime().availableProcessors() + " cores, shared)");
        System.out.print(table);
        // The older detailed runs (score over time, organiser figures, re-planning), on request only.
        String sizes = System.getProperty("scheduling.benchmark.sizes", "");
        if (sizes.isBlank()) {
            return;
        }
        long seconds = Long.getLong("scheduling.benchmark.seconds", 120);
        List<String> rows = new ArrayList<>();
        for (String size : sizes.split(",")) {
            int[] s = SIZES.get(Integer.parseInt(size.trim()));
            rows.add(run(s[0], s[1], s[2], seconds));
        }
        rows.add(meetNewPeople());
        System.out.println();
        System.out.println("Scheduling benchmark (" + seconds + " s per event; "
                + Runtime.getRuntime().availableProcessors() + " cores, shared)");
        rows.forEach(System.out::println);
    }

    private String run(int participants, int tables, int rounds, long seconds) {
        EventProblem problem = EventGenerator.event(42, participants, tables, rounds);
        long t0 = System.nanoTime();
        List<long[]> bests = new ArrayList<>(); // {nanos since t0, hard, medium, soft}
        EventSchedule start = engine.startingSolution(problem, weights);
        HardMediumSoftLongScore startScore = scorer.update(start);
        bests.add(new long[] {
            System.nanoTime() - t0, startScore.hardScore(), startScore.mediumScore(), startScore.softScore()
        });
        DefaultSolver<EventSchedule> solver = (DefaultSolver<EventSchedule>)
                SolverFactory.<EventSchedule>create(engine.solverConfig(Duration.ofSeconds(seconds)))
                        .buildSolver();
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            bests.add(new long[] {System.nanoTime() - t0, score.hardScore(), score.mediumScore(), score.softScore()});
        });
        EventSchedule best = solver.solve(start);
        long speed = solver.getSolverScope().getScoreCalculationSpeed();
        EventPlan plan = engine.explain(best);
        EventPlan startPlan = engine.explain(start);

        double feasibleAt = bests.stream()
                .filter(b -> b[1] == 0 && b[2] == 0)
                .mapToDouble(b -> b[0] / 1e9)
                .findFirst()
                .orElse(Double.NaN);
        StringBuilder row = new StringBuilder();
        row.append(String.format(
                Locale.ROOT, "%n== %d participants / %d tables / %d rounds ==%n", participants, tables, rounds));
        row.append(String.format(
                Locale.ROOT,
                "starting plan          %s (built and scored in %.2f s)%n",
                startPlan.score(),
                bests.isEmpty() ? Double.NaN : bests.get(0)[0] / 1e9));
        row.append(String.format(Locale.ROOT, "first feasible         %.2f s%n", feasibleAt));
        for (long at : new long[] {10, 30, 120}) {
            if (at <= seconds) {
                row.append(String.format(Locale.ROOT, "score after %3d s       %s%n", at, scoreAt(bests, at)));
            }
        }
        row.append(String.format(Locale.ROOT, "final score            %s%n", plan.score()));
        row.append(String.format(Locale.ROOT, "score calculations/s   %d%n", speed));
        row.append(organiserFigures(problem, plan));
        if (participants >= 300) {
            row.append(replanAfterCancellation(problem, plan));
        }
        System.out.println(row);
        return row.toString();
    }

    private static String scoreAt(List<long[]> bests, long seconds) {
        long[] last = null;
        for (long[] b : bests) {
            if (b[0] <= seconds * 1_000_000_000L) {
                last = b;
            }
        }
        return last == null ? "-" : last[1] + "hard/" + last[2] + "medium/" + last[3] + "soft";
    }

    /** The figures organisers care about, computed from the plan and the problem, not from the score. */
    static String organiserFigures(EventProblem problem, EventPlan plan) {
        Map<String, EventProblem.ParticipantSpec> people = new HashMap<>();
        problem.participants().forEach(p -> people.put(p.id(), p));
        Map<String, EventProblem.ChallengeSpec> challenges = new HashMap<>();
        problem.challenges().forEach(c -> challenges.put(c.id(), c));
        int wishSeats = 0;
        int wishedSeats = 0;
        int challengeTables = 0;
        int fullyMixed = 0;
        double largestSector = 0;
        for (EventPlan.TableSeating entry : plan.seating()) {
            for (String id : entry.participants()) {
                EventProblem.ParticipantSpec p = people.get(id);
                if (!p.wishes().isEmpty()) {
                    wishSeats++;
                    if (entry.challenge() != null && p.wishes().contains(entry.challenge())) {
                        wishedSeats++;
                    }
                }
            }
            if (entry.challenge() != null) {
                challengeTables++;
                Set<Perspective> present = new HashSet<>();
                entry.participants().forEach(id -> present.addAll(people.get(id).perspectives()));
                if (present.containsAll(challenges.get(entry.challenge()).neededPerspectives())) {
                    fullyMixed++;
                }
            }
            Map<Sector, Integer> sectors = new EnumMap<>(Sector.class);
            entry.participants().forEach(id -> {
                if (people.get(id).sector() != null) {
                    sectors.merge(people.get(id).sector(), 1, Integer::sum);
                }
            });
            if (entry.participants().size() > 1) {
                int max = sectors.values().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0);
                largestSector = Math.max(
                        largestSector, (double) max / entry.participants().size());
            }
        }
        return String.format(
                Locale.ROOT,
                "seats at a wished-for challenge   %.1f %% (of seats of people with wishes)%n"
                        + "tables with every needed perspective %.1f %% (%d of %d)%n"
                        + "largest share of one sector at a table %.0f %%%n"
                        + "repeated pairs (extra rounds together) %d%n"
                        + "unseated participant-rounds       %d%n",
                100.0 * wishedSeats / Math.max(1, wishSeats),
                100.0 * fullyMixed / Math.max(1, challengeTables),
                fullyMixed,
                challengeTables,
                100 * largestSector,
                PlanChecks.repeatedPairs(plan),
                plan.unseated().size());
    }

    /** One guest cancels after publication: time to a feasible new plan and the number of people to tell. */
    private String replanAfterCancellation(EventProblem problem, EventPlan published) {
        String cancelled = problem.participants().stream()
                .map(EventProblem.ParticipantSpec::id)
                .filter(id -> problem.challenges().stream().noneMatch(c -> id.equals(c.host())))
                .skip(problem.participants().size() / 2)
                .findFirst()
                .orElseThrow();
        List<EventProblem.ParticipantSpec> rest = new ArrayList<>(problem.participants());
        rest.removeIf(p -> p.id().equals(cancelled));
        EventProblem replan = problem.withParticipants(rest).withPublishedPlan(published);
        long t0 = System.nanoTime();
        double[] feasibleAt = {Double.NaN};
        EventSchedule start = engine.startingSolution(replan, weights);
        HardMediumSoftLongScore startScore = scorer.update(start);
        if (startScore.isFeasible()) {
            feasibleAt[0] = (System.nanoTime() - t0) / 1e9;
        }
        DefaultSolver<EventSchedule> solver = (DefaultSolver<EventSchedule>)
                SolverFactory.<EventSchedule>create(engine.solverConfig(Duration.ofSeconds(2)))
                        .buildSolver();
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (Double.isNaN(feasibleAt[0]) && score.hardScore() == 0 && score.mediumScore() == 0) {
                feasibleAt[0] = (System.nanoTime() - t0) / 1e9;
            }
        });
        EventSchedule best = solver.solve(start);
        EventPlan plan = engine.explain(best);
        PlanChanges changes = PlanDiff.between(published, plan);
        return String.format(
                Locale.ROOT,
                "re-plan after 1 cancellation: feasible after %.2f s (then a 2 s run), people to tell %d, removed %s%n",
                feasibleAt[0],
                changes.peopleToTell(),
                Arrays.toString(changes.removed().toArray()));
    }

    /** No challenges, themes or sectors, and a schedule without repeats is easy: the plan should have none. */
    private String meetNewPeople() {
        StringBuilder rows = new StringBuilder(String.format(
                Locale.ROOT, "%n== meet new people only (no challenges, themes, sectors), 10 s each ==%n"));
        for (int[] c : new int[][] {{64, 16, 4, 4}, {36, 6, 6, 3}, {49, 7, 7, 4}}) {
            EventProblem problem = EventGenerator.plainEvent(c[0], c[1], c[2], c[3]);
            int startRepeats = PlanChecks.repeatedPairs(engine.explain(engine.startingSolution(problem, weights)));
            EventPlan plan = engine.solve(problem, weights, Duration.ofSeconds(10), null);
            rows.append(String.format(
                    Locale.ROOT,
                    "%d participants / %d full tables of %d / %d rounds: repeated pairs %d at start, %d in the plan (%s)%n",
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    startRepeats,
                    PlanChecks.repeatedPairs(plan),
                    plan.score()));
        }
        System.out.println(rows);
        return rows.toString();
    }
}
