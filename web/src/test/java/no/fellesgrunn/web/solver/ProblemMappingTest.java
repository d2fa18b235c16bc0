package no.fellesgrunn.web.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.planner.matching.ActorPair;
import no.fellesgrunn.planner.matching.ActorProfile;
import no.fellesgrunn.planner.matching.MatchingProblem;
import no.fellesgrunn.planner.matching.MatchingResult;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.EventProblem;
import no.fellesgrunn.planner.scheduling.PlanChanges;
import no.fellesgrunn.planner.scheduling.PlanDiff;
import no.fellesgrunn.planner.scheduling.SchedulingEngine;
import no.fellesgrunn.planner.scheduling.SchedulingWeights;
import org.junit.jupiter.api.Test;

/** The mapping between the domain and the two engines, on the demo's Bodø event. */
class ProblemMappingTest {
    private final EventFacts facts = DemoFacts.bodo();

    @Test
    void everyoneTakingPartBecomesAnActorProfileWithTheirOrganisationSectorCountyAndThemes() {
        MatchingProblem problem = MatchingProblemFactory.problem(facts, 2, List.of(), List.of());
        assertThat(problem.actors()).hasSize(facts.registrations().size());
        assertThat(problem.matchesPerActor()).isEqualTo(2);
        Registration first = facts.registrations().get(0);
        Actor actor = facts.actor(first.actorId());
        ActorProfile profile = problem.actors().stream()
                .filter(a -> a.id().equals(actor.id().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(profile.themes()).containsExactlyInAnyOrderElementsOf(actor.themeKeys());
        assertThat(profile.perspectives()).isEqualTo(actor.perspectives());
        assertThat(profile.sector()).isEqualTo(facts.sectorOf(actor));
        assertThat(profile.organisation())
                .isEqualTo(
                        actor.organisationId() == null
                                ? null
                                : actor.organisationId().toString());
        assertThat(profile.county()).isEqualTo(actor.homeMunicipality().substring(0, 2));
    }

    @Test
    void previousAndExcludedPairsAreKeptOnlyWhenBothPeopleTakePart() {
        UUID a = facts.registrations().get(0).actorId();
        UUID b = facts.registrations().get(1).actorId();
        UUID c = facts.registrations().get(2).actorId();
        UUID stranger = UUID.randomUUID();
        MatchingProblem problem = MatchingProblemFactory.problem(
                facts, 1, List.of(Set.of(a, b), Set.of(a, stranger)), List.of(Set.of(b, c), Set.of(c, stranger)));
        assertThat(problem.previousMatches()).containsExactly(new ActorPair(a.toString(), b.toString()).key());
        assertThat(problem.excludedPairs()).containsExactly(new ActorPair(b.toString(), c.toString()).key());
    }

    @Test
    void theEnginesMatchesBecomeDomainMatchesWithTheirReasonCodes() {
        UUID a = facts.registrations().get(0).actorId();
        UUID b = facts.registrations().get(1).actorId();
        MatchingResult result = new MatchingResult(
                org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.of(0, 0, 5),
                List.of(new MatchingResult.Match(
                        a.toString(),
                        b.toString(),
                        0.5,
                        List.of("ensomhet"),
                        List.of(no.fellesgrunn.planner.matching.ReasonCode.of(
                                "planner.reason.shared_themes", "ensomhet")))),
                List.of());
        Instant at = Instant.parse("2027-05-01T10:00:00Z");
        List<Match> matches = MatchingProblemFactory.matches(facts.event().id(), result, at);
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.eventId()).isEqualTo(facts.event().id());
            assertThat(Set.of(m.actorA(), m.actorB())).containsExactlyInAnyOrder(a, b);
            assertThat(m.similarity()).isEqualTo(0.5);
            assertThat(m.reasons()).containsExactly("planner.reason.shared_themes|ensomhet");
            assertThat(m.createdAt()).isEqualTo(at);
        });
    }

    @Test
    void theEventBecomesAnEventProblemWithItsRoundsTablesChallengesAndParticipants() {
        EventProblem problem = EventProblemFactory.problem(facts, List.of(), null);
        assertThat(problem.rounds()).hasSize(3);
        assertThat(problem.rounds().get(0).id())
                .isEqualTo(facts.event().rounds().get(0).id().toString());
        assertThat(problem.tables()).hasSize(12);
        RoundTable table = facts.event().tables().findFirst().orElseThrow();
        EventProblem.TableSpec spec = problem.tables().get(0);
        assertThat(spec.id()).isEqualTo(table.id().toString());
        assertThat(spec.capacity()).isEqualTo(table.capacity());
        assertThat(spec.room()).isEqualTo(facts.event().rooms().get(0).name());
        assertThat(problem.challenges()).hasSize(12);
        assertThat(problem.participants()).hasSize(facts.registrations().size());
        Registration registration = facts.registrations().get(3);
        EventProblem.ParticipantSpec participant = problem.participants().stream()
                .filter(p -> p.id().equals(registration.actorId().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(participant.availableRounds())
                .containsExactlyInAnyOrderElementsOf(registration.availableRounds().stream()
                        .map(UUID::toString)
                        .toList());
        assertThat(participant.wishes())
                .containsExactlyElementsOf(
                        registration.wishes().stream().map(UUID::toString).toList());
        assertThat(participant.needsAccessible()).isEqualTo(registration.needsAccessibleTable());
        // A host takes part in the demo, so every challenge with a host keeps it.
        Challenge hosted = facts.challenges().values().stream()
                .filter(c -> c.hostActorId() != null
                        && facts.event().selected(c.id()).isPresent())
                .min(java.util.Comparator.comparing(Challenge::title))
                .orElseThrow();
        assertThat(problem.challenges().stream()
                        .filter(c -> c.id().equals(hosted.id().toString()))
                        .findFirst()
                        .orElseThrow()
                        .host())
                .isEqualTo(hosted.hostActorId().toString());
    }

    @Test
    void pinnedSeatsBecomePinsWithTheirTablesChallengeAndPinsOfAbsentPeopleAreDropped() {
        Registration registration = facts.registrations().get(5);
        Round round = facts.event().rounds().stream()
                .filter(r -> registration.availableRounds().contains(r.id()))
                .findFirst()
                .orElseThrow();
        RoundTable table = facts.event().tables().toList().get(2);
        UUID challenge = facts.event().challenges().get(0).challengeId();
        Seat pinned = new Seat(registration.actorId(), round.id(), table.id(), challenge, true);
        Seat notPinned = new Seat(facts.registrations().get(6).actorId(), round.id(), table.id(), challenge, false);
        Seat absent = new Seat(UUID.randomUUID(), round.id(), table.id(), challenge, true);
        EventProblem problem = EventProblemFactory.problem(facts, List.of(pinned, notPinned, absent), null);
        assertThat(problem.pinned())
                .containsExactlyInAnyOrder(
                        EventProblem.PinSpec.seat(
                                registration.actorId().toString(),
                                round.id().toString(),
                                table.id().toString()),
                        EventProblem.PinSpec.challenge(
                                challenge.toString(),
                                round.id().toString(),
                                table.id().toString()));
    }

    @Test
    void aSolvedPlanBecomesDomainSeatsAndBackWithoutChanges() {
        SchedulingEngine engine = new SchedulingEngine();
        EventProblem problem = EventProblemFactory.problem(facts, List.of(), null);
        EventPlan plan = engine.explain(engine.startingSolution(problem, SchedulingWeights.defaults()));
        String someone = plan.seating().get(0).participants().get(0);
        String round = plan.seating().get(0).round();
        List<Seat> seats = PlanMapping.seats(plan, Set.of(someone + "/" + round));
        assertThat(seats)
                .hasSize(plan.seating().stream()
                        .mapToInt(t -> t.participants().size())
                        .sum());
        assertThat(seats.stream().filter(Seat::pinned).toList()).singleElement().satisfies(s -> assertThat(
                        PlanMapping.key(s.actorId(), s.roundId()))
                .isEqualTo(someone + "/" + round));
        Set<String> keys = new HashSet<>();
        seats.forEach(s -> keys.add(PlanMapping.key(s.actorId(), s.roundId())));
        assertThat(keys).hasSize(seats.size());

        // The demo has more people than seats, so the plan also lists unseated people; seats carry only the seated.
        assertThat(plan.unseated()).isNotEmpty();
        EventPlan back = PlanMapping.eventPlan(facts.event(), seats);
        PlanChanges changes = PlanDiff.between(PlanMapping.seatedOnly(plan), back);
        assertThat(changes.peopleToTell()).isZero();
        assertThat(changes.changed()).isEmpty();
    }

    @Test
    void theEvaluatorReadsAStoredPlanExactlyAsItIsIncludingWhatATableLacks() {
        SchedulingEngine engine = new SchedulingEngine();
        EventPlan solved = engine.explain(engine.startingSolution(
                EventProblemFactory.problem(facts, List.of(), null), SchedulingWeights.defaults()));
        List<Seat> seats = PlanMapping.seats(solved, Set.of());
        EventPlan read = new PlanEvaluator(engine).evaluate(facts, seats);
        assertThat(read.score()).isEqualTo(solved.score());
        assertThat(PlanDiff.between(PlanMapping.seatedOnly(solved), PlanMapping.seatedOnly(read))
                        .peopleToTell())
                .isZero();
        assertThat(read.unseated()).hasSameSizeAs(solved.unseated());

        // Crowd one table with everybody of another table in round 1: the evaluator reports it over capacity.
        String round1 = facts.event().rounds().get(0).id().toString();
        List<EventPlan.TableSeating> round1Tables =
                solved.seating().stream().filter(t -> t.round().equals(round1)).toList();
        EventPlan.TableSeating target = round1Tables.get(0);
        EventPlan.TableSeating source = round1Tables.get(1);
        List<Seat> crowded = seats.stream()
                .map(s -> source.participants().contains(s.actorId().toString())
                                && s.roundId().toString().equals(round1)
                        ? new Seat(
                                s.actorId(),
                                s.roundId(),
                                UUID.fromString(target.table()),
                                target.challenge() == null ? null : UUID.fromString(target.challenge()),
                                false)
                        : s)
                .toList();
        EventPlan crowdedPlan = new PlanEvaluator(engine).evaluate(facts, crowded);
        assertThat(crowdedPlan.score()).startsWith("-");
        assertThat(crowdedPlan.seating().stream()
                        .filter(t -> t.round().equals(round1) && t.table().equals(target.table()))
                        .findFirst()
                        .orElseThrow()
                        .lacks())
                .anySatisfy(text -> assertThat(text.code()).isEqualTo("planner.seating.over_capacity"));
    }
}
