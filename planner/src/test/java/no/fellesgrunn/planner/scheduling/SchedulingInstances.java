package no.fellesgrunn.planner.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The instances of issue 11, each solved once with the application's settings (60 s limit, 10 s
 * without improvement), as one table: repeated pairs, the most rounds one pair shared a table, the
 * most rounds one person sat out, the share of seats at a wished-for challenge, time to the best
 * plan and the whole run (starting plan included). Used by {@link SchedulingBenchmark}.
 */
final class SchedulingInstances {
    record Instance(String name, EventProblem problem) {}

    static List<Instance> all() {
        return List.of(
                new Instance("social golfer 5-3-7 (15 / 5×3 / 7 rounds)", EventGenerator.plainEvent(15, 5, 3, 7)),
                new Instance("social golfer 8-4-9 (32 / 8×4 / 9 rounds)", EventGenerator.plainEvent(32, 8, 4, 9)),
                new Instance("social golfer 8-4-10 (32 / 8×4 / 10 rounds)", EventGenerator.plainEvent(32, 8, 4, 10)),
                new Instance(
                        "45 at 7 tables of 7 and 6, 4 rounds",
                        EventGenerator.plainEvent(45, new int[] {7, 7, 7, 6, 6, 6, 6}, 4)),
                new Instance(
                        "50 at 8 tables of 7 and 6, 5 rounds",
                        EventGenerator.plainEvent(50, new int[] {7, 7, 6, 6, 6, 6, 6, 6}, 5)),
                new Instance("300 / 40 tables / 4 rounds, wishes", EventGenerator.event(42, 300, 40, 4)),
                new Instance(
                        "over-full 130 people / 120 seats / 3 rounds",
                        SchedulingFairnessTest.overFull(42, 130, 12, 10, 3)));
    }

    static String header() {
        return String.format(
                        Locale.ROOT,
                        "| %-45s | %8s | %8s | %8s | %7s | %8s | %8s | %s |%n",
                        "instance",
                        "repeats",
                        "max met",
                        "max out",
                        "wishes",
                        "to best",
                        "total",
                        "score")
                + "|---|---|---|---|---|---|---|---|\n";
    }

    static String row(SchedulingEngine engine, Instance instance) {
        long t0 = System.nanoTime();
        long[] bestAt = {0};
        EventSchedule start = engine.startingSolution(instance.problem(), SchedulingWeights.defaults());
        bestAt[0] = System.nanoTime() - t0;
        DefaultSolver<EventSchedule> solver = (DefaultSolver<EventSchedule>)
                SolverFactory.<EventSchedule>create(engine.solverConfig(Duration.ofSeconds(60)))
                        .buildSolver();
        solver.addEventListener(event -> bestAt[0] = System.nanoTime() - t0);
        EventSchedule best = solver.solve(start);
        long total = System.nanoTime() - t0;
        EventPlan plan = engine.explain(best);
        int maxOut = SchedulingFairnessTest.sitOuts(plan).values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        return String.format(
                Locale.ROOT,
                "| %-45s | %8d | %8d | %8d | %7s | %7.1fs | %7.1fs | %s |%n",
                instance.name(),
                PlanChecks.repeatedPairs(plan),
                maxTogether(plan),
                maxOut,
                wishShare(instance.problem(), plan),
                bestAt[0] / 1e9,
                total / 1e9,
                plan.score());
    }

    /** The most rounds any one pair shares a table. */
    static int maxTogether(EventPlan plan) {
        Map<String, Integer> together = new HashMap<>();
        for (EventPlan.TableSeating entry : plan.seating()) {
            List<String> people = new ArrayList<>(entry.participants());
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    String a = people.get(i);
                    String b = people.get(j);
                    together.merge(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a, 1, Integer::sum);
                }
            }
        }
        return together.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Seats at a wished-for challenge, of the seats of people with wishes; "-" without wishes. */
    static String wishShare(EventProblem problem, EventPlan plan) {
        Map<String, List<String>> wishes = new HashMap<>();
        problem.participants().forEach(p -> wishes.put(p.id(), p.wishes()));
        int seats = 0;
        int wished = 0;
        for (EventPlan.TableSeating entry : plan.seating()) {
            for (String id : entry.participants()) {
                if (!wishes.get(id).isEmpty()) {
                    seats++;
                    if (entry.challenge() != null && wishes.get(id).contains(entry.challenge())) {
                        wished++;
                    }
                }
            }
        }
        return seats == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * wished / seats);
    }
}
