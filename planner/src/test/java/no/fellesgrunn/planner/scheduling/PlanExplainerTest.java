package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import org.junit.jupiter.api.Test;

/** Explanations: what a table lacks, why someone sits where they sit, why someone has no seat, the score per rule. */
class PlanExplainerTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 5, 14, 9, 0);

    @Test
    void explainsTablesSeatsUnseatedAndScore() {
        // One round, two tables of 2, five people: one cannot be seated. c1 needs lived experience, which no one has.
        EventProblem problem = new EventProblem(
                List.of(new EventProblem.RoundSpec("r1", NINE, NINE.plusHours(1))),
                List.of(
                        new EventProblem.TableSpec("t1", "Sal A", 2, true),
                        new EventProblem.TableSpec("t2", "Sal B", 2, true)),
                List.of(
                        new EventProblem.ChallengeSpec(
                                "c1", null, Set.of("ensomhet"), Set.of(Perspective.LIVED_EXPERIENCE), 1, 1),
                        new EventProblem.ChallengeSpec("c2", null, Set.of("klima"), Set.of(), 1, 1)),
                List.of(
                        person("a1", Sector.MUNICIPALITY, "ensomhet", "c1"),
                        person("a2", Sector.VOLUNTARY, "ensomhet", "c1"),
                        person("a3", Sector.BUSINESS, "klima", "c2"),
                        person("a4", Sector.RESEARCH, "klima", "c2"),
                        person("a5", Sector.CITIZEN, "klima", "c2")),
                List.of(),
                null);

        EventPlan plan =
                new SchedulingEngine().solve(problem, SchedulingWeights.defaults(), Duration.ofSeconds(1), null);

        assertThat(plan.score()).startsWith("0hard/-1medium/");
        assertThat(plan.unseated()).hasSize(1);
        // Codes with arguments; the command line's bundle writes them.
        assertThat(plan.unseated().get(0).reason())
                .isEqualTo(Text.of("planner.seating.unseated_round_full", 5, "r1", 4));
        assertThat(no.fellesgrunn.planner.cli.CliText.of(no.fellesgrunn.planner.cli.CliText.ENGLISH)
                        .seating(plan.unseated().get(0).reason()))
                .isEqualTo("5 participants are present in round r1 but there are only 4 seats");
        assertThat(no.fellesgrunn.planner.cli.CliText.of(no.fellesgrunn.planner.cli.CliText.NYNORSK)
                        .seating(plan.unseated().get(0).reason()))
                .isEqualTo("5 deltakarar er til stades i runde r1, men det er berre 4 plassar");
        EventPlan.TableSeating c1 = plan.seating().stream()
                .filter(s -> "c1".equals(s.challenge()))
                .findFirst()
                .orElseThrow();
        assertThat(c1.participants()).containsExactlyInAnyOrder("a1", "a2");
        assertThat(c1.lacks()).containsExactly(Text.of("planner.seating.no_one_with", "LIVED_EXPERIENCE"));
        assertThat(c1.why()).contains(Text.of("planner.seating.wished", 2, 2, "c1"));
        EventPlan.SeatReason a1 = plan.participants().stream()
                .filter(p -> p.participant().equals("a1"))
                .findFirst()
                .orElseThrow()
                .seats()
                .get(0);
        assertThat(a1.why())
                .contains(
                        Text.of("planner.seating.seat_wish", "c1", 1),
                        Text.of("planner.seating.seat_themes", "ensomhet"));
        assertThat(plan.scoreBreakdown())
                .contains(
                        new EventPlan.ConstraintScore(
                                SchedulingConstraints.NEEDED_PERSPECTIVE, "0hard/0medium/-20soft", 1),
                        new EventPlan.ConstraintScore(SchedulingConstraints.UNSEATED, "0hard/-1medium/0soft", 1));
    }

    private static EventProblem.ParticipantSpec person(String id, Sector sector, String theme, String wish) {
        return new EventProblem.ParticipantSpec(
                id, "org-" + id, sector, Set.of(theme), Set.of(), null, List.of(wish), false);
    }
}
