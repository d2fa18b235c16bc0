package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine on over-full events: sitting out is shared, and never falls on hosts or people who need access. */
class SchedulingFairnessTest {
    private final SchedulingEngine engine = new SchedulingEngine();

    /** A seeded event whose tables are cut to the given capacity, so that some people must sit out. */
    static EventProblem overFull(long seed, int people, int tables, int capacity, int rounds) {
        EventProblem generated = EventGenerator.event(seed, people, tables, rounds);
        List<EventProblem.TableSpec> smaller = generated.tables().stream()
                .map(t -> new EventProblem.TableSpec(t.id(), t.room(), capacity, t.accessible()))
                .toList();
        return new EventProblem(
                generated.rounds(), smaller, generated.challenges(), generated.participants(), List.of(), null);
    }

    /** Participant id → number of rounds they were available for but sat out. */
    static Map<String, Integer> sitOuts(EventPlan plan) {
        Map<String, Integer> counts = new HashMap<>();
        for (EventPlan.Unseated unseated : plan.unseated()) {
            counts.merge(unseated.participant(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void nobodySitsOutTwiceAndHostsAndPeopleWhoNeedAccessNeverSitOut() {
        EventProblem problem = overFull(1, 40, 4, 9, 3);
        Set<String> protectedPeople = problem.participants().stream()
                .filter(EventProblem.ParticipantSpec::needsAccessible)
                .map(EventProblem.ParticipantSpec::id)
                .collect(Collectors.toSet());
        problem.challenges().stream().map(EventProblem.ChallengeSpec::host).forEach(protectedPeople::add);
        assertThat(problem.participants())
                .anySatisfy(p -> assertThat(p.needsAccessible()).isTrue());
        assertThat(problem.challenges()).allSatisfy(c -> assertThat(c.host()).isNotNull());

        EventPlan start = engine.explain(engine.startingSolution(problem, SchedulingWeights.defaults()));
        // The greedy starting plan lets some sit out two or three rounds; the solver must share it out.
        assertThat(sitOuts(start).values()).anySatisfy(n -> assertThat(n).isGreaterThan(1));

        EventPlan plan = engine.solve(
                problem, SchedulingWeights.defaults(), Duration.ofSeconds(10), Duration.ofSeconds(3), null);

        Map<String, Integer> sitOuts = sitOuts(plan);
        assertThat(plan.unseated()).isNotEmpty();
        assertThat(sitOuts.values()).as("sit-outs per person").allSatisfy(n -> assertThat(n)
                .isEqualTo(1));
        assertThat(sitOuts.keySet()).doesNotContainAnyElementsOf(protectedPeople);
        assertThat(plan.score()).startsWith("0hard/");
    }

    @Test
    void aChallengeWishedBySomeoneWhoNeedsAccessRunsAtAnAccessibleTable() {
        // Four challenges run in every round, each with its host; only t1 is accessible. A wheelchair
        // user wishes only c3; everyone else wishes c1 first, so the starting plan gives c1 the first
        // table, t1, and c3 a table without access.
        LocalDateTime nine = LocalDateTime.of(2026, 6, 2, 9, 0);
        List<EventProblem.RoundSpec> rounds = List.of(
                new EventProblem.RoundSpec("r1", nine, nine.plusMinutes(50)),
                new EventProblem.RoundSpec(
                        "r2", nine.plusHours(1), nine.plusHours(1).plusMinutes(50)),
                new EventProblem.RoundSpec(
                        "r3", nine.plusHours(2), nine.plusHours(2).plusMinutes(50)));
        List<EventProblem.TableSpec> tables = List.of(
                new EventProblem.TableSpec("t1", "Sal A", 6, true),
                new EventProblem.TableSpec("t2", "Sal A", 6, false),
                new EventProblem.TableSpec("t3", "Sal A", 6, false),
                new EventProblem.TableSpec("t4", "Sal A", 6, false));
        List<EventProblem.ChallengeSpec> challenges = new ArrayList<>();
        List<EventProblem.ParticipantSpec> people = new ArrayList<>();
        for (int c = 1; c <= 4; c++) {
            challenges.add(new EventProblem.ChallengeSpec("c" + c, "h" + c, Set.of(), Set.of(), 3, 3));
            people.add(new EventProblem.ParticipantSpec(
                    "h" + c, "k" + c, null, Set.of(), Set.of(), null, List.of(), false));
        }
        people.add(new EventProblem.ParticipantSpec("w", null, null, Set.of(), Set.of(), null, List.of("c3"), true));
        for (int i = 1; i <= 15; i++) {
            people.add(new EventProblem.ParticipantSpec(
                    "p" + i, "o" + i, null, Set.of(), Set.of(), null, List.of("c1", "c2"), false));
        }
        EventProblem problem = new EventProblem(rounds, tables, challenges, people, List.of(), null);
        EventPlan start = engine.explain(engine.startingSolution(problem, SchedulingWeights.defaults()));
        assertThat(start.seating()).noneSatisfy(entry -> {
            assertThat(entry.table()).isEqualTo("t1");
            assertThat(entry.challenge()).isEqualTo("c3");
        });

        EventPlan plan = engine.solve(
                problem, SchedulingWeights.defaults(), Duration.ofSeconds(10), Duration.ofSeconds(3), null);

        PlanChecks.assertFeasible(problem, plan);
        assertThat(plan.seating()).anySatisfy(entry -> {
            assertThat(entry.table()).isEqualTo("t1");
            assertThat(entry.challenge()).isEqualTo("c3");
            assertThat(entry.participants()).contains("w", "h3");
        });
    }
}
