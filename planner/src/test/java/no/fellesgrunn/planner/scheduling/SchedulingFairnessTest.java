package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
                .map(t -> new EventProblem.TableSpec(t.id(), t.room(), capacity, t.accessible())).toList();
        return new EventProblem(generated.rounds(), smaller, generated.challenges(), generated.participants(),
                List.of(), null);
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
        Set<String> protectedPeople = problem.participants().stream().filter(EventProblem.ParticipantSpec::needsAccessible)
                .map(EventProblem.ParticipantSpec::id).collect(Collectors.toSet());
        problem.challenges().stream().map(EventProblem.ChallengeSpec::host).forEach(protectedPeople::add);
        assertThat(problem.participants()).anySatisfy(p -> assertThat(p.needsAccessible()).isTrue());
        assertThat(problem.challenges()).allSatisfy(c -> assertThat(c.host()).isNotNull());

        EventPlan start = engine.explain(engine.startingSolution(problem, SchedulingWeights.defaults()));
        // The greedy starting plan lets some sit out two or three rounds; the solver must share it out.
        assertThat(sitOuts(start).values()).anySatisfy(n -> assertThat(n).isGreaterThan(1));

        EventPlan plan = engine.solve(problem, SchedulingWeights.defaults(), Duration.ofSeconds(10),
                Duration.ofSeconds(3), null);

        Map<String, Integer> sitOuts = sitOuts(plan);
        assertThat(plan.unseated()).isNotEmpty();
        assertThat(sitOuts.values()).as("sit-outs per person").allSatisfy(n -> assertThat(n).isEqualTo(1));
        assertThat(sitOuts.keySet()).doesNotContainAnyElementsOf(protectedPeople);
        assertThat(plan.score()).startsWith("0hard/");
    }
}
