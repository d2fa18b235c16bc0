package no.fellesgrunn.planner.scheduling;

import java.time.Duration;

/** Scratch main for a quick look while developing. */
public class QuickRun {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]), t = Integer.parseInt(args[1]), r = Integer.parseInt(args[2]);
        long secs = Long.parseLong(args[3]);
        EventProblem problem = EventGenerator.event(1, n, t, r);
        SchedulingEngine engine = new SchedulingEngine();
        long t0 = System.nanoTime();
        EventSchedule start = engine.startingSolution(problem, SchedulingWeights.defaults());
        EventPlan startPlan = engine.explain(start);
        System.out.println("start " + startPlan.score() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        startPlan.scoreBreakdown().forEach(System.out::println);
        EventPlan plan = engine.solve(problem, SchedulingWeights.defaults(), Duration.ofSeconds(secs), null);
        System.out.println("end " + plan.score());
        plan.scoreBreakdown().forEach(System.out::println);
    }
}
