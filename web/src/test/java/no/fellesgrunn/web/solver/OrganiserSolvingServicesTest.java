package no.fellesgrunn.web.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchDecision;
import no.fellesgrunn.domain.plan.MatchReview;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.SchedulingConstraints;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.matching.MatchReviewService;
import no.fellesgrunn.web.organiser.outputs.OutputsService;
import no.fellesgrunn.web.organiser.seating.PlanComparison;
import no.fellesgrunn.web.organiser.seating.PublishCheck;
import no.fellesgrunn.web.organiser.seating.SeatingBoard;
import no.fellesgrunn.web.organiser.seating.SeatingService;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The solving services on the demo data with short time limits: matching and scheduling jobs
 * with live progress, review and publication of matches, moving and pinning seats, solving again
 * with pins, publishing, re-planning with a running solver, and every forbidden case called
 * directly against the services.
 */
@TestPropertySource(
        properties = {"fellesgrunn.solver.matching-time-limit=2s", "fellesgrunn.solver.scheduling-time-limit=3s"})
class OrganiserSolvingServicesTest extends WebIntegrationTest {
    @Autowired
    MatchingJobs matchingJobs;

    @Autowired
    SchedulingJobs schedulingJobs;

    @Autowired
    MatchReviewService matchReviews;

    @Autowired
    SeatingService seating;

    @Autowired
    OutputsService outputs;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    PlanRepository plans;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    private RegionalEvent bodo;
    private RegionalEvent agder;
    private SolvingTestSupport.Organisers organisers;

    @BeforeEach
    void demo() {
        bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        organisers = SolvingTestSupport.organisers(accounts, users, organiserEvents);
    }

    private <T> T asOrganiser(Supplier<T> action) {
        return SignedIn.as(users, organisers.bodoOnly(), action);
    }

    private void asOrganiser(Runnable action) {
        SignedIn.as(users, organisers.bodoOnly(), () -> {
            action.run();
            return null;
        });
    }

    @Test
    void matchingRunsForTheDemoEventWithLiveProgressAndTheOrganiserReviewsAndPublishesTheMatches() {
        List<SolverProgress> seen = Collections.synchronizedList(new ArrayList<>());
        Runnable unsubscribe = asOrganiser(() -> matchingJobs.subscribe(bodo.id(), seen::add));
        assertThat(matchingJobs.listenerCount(bodo.id())).isEqualTo(1);

        asOrganiser(() -> matchingJobs.start(bodo.id(), 1));
        assertThatThrownBy(() -> asOrganiser(() -> matchingJobs.start(bodo.id(), 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already running");
        SolverProgress end = SolvingTestSupport.awaitEnd(() -> asOrganiser(() -> matchingJobs.status(bodo.id())));
        unsubscribe.run();
        assertThat(matchingJobs.listenerCount(bodo.id())).isZero();

        assertThat(end.status()).isEqualTo(JobStatus.FINISHED);
        assertThat(end.bestScore()).startsWith("0hard/");
        assertThat(seen)
                .extracting(SolverProgress::status)
                .contains(JobStatus.STARTING, JobStatus.SOLVING, JobStatus.FINISHED);
        assertThat(seen.stream().filter(p -> p.status() == JobStatus.SOLVING).map(SolverProgress::bestScore))
                .anySatisfy(score -> assertThat(score).isNotNull());
        List<Match> stored = plans.findMatches(bodo.id());
        assertThat(stored).hasSize(end.resultCount());
        Set<UUID> takingPart = new HashSet<>();
        registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status().isTakingPart())
                .forEach(r -> takingPart.add(r.actorId()));
        Set<UUID> matched = new HashSet<>();
        for (Match match : stored) {
            assertThat(takingPart).contains(match.actorA(), match.actorB());
            assertThat(matched.add(match.actorA()) && matched.add(match.actorB()))
                    .as("one match per person")
                    .isTrue();
            assertThat(match.reasons()).isNotEmpty().first().asString().startsWith("planner.reason.shared_themes|");
        }
        System.out.printf(
                "[figures] matching Bodø (2 s limit): %d matches, %d without a match, score %s, %d improvements, %d ms%n",
                end.resultCount(),
                end.unmatched(),
                end.bestScore(),
                end.improvements(),
                end.elapsed().toMillis());

        // Review: accept one, reject another; a decision from a stale view is refused.
        List<MatchReviewService.MatchRow> rows = asOrganiser(() -> matchReviews.matches(bodo.id()));
        assertThat(rows).hasSize(stored.size());
        assertThat(rows.get(0).match().similarity())
                .isGreaterThanOrEqualTo(rows.get(rows.size() - 1).match().similarity());
        MatchReview accepted =
                asOrganiser(() -> matchReviews.decide(bodo.id(), rows.get(0).review(), MatchDecision.ACCEPTED));
        assertThat(accepted.decision()).isEqualTo(MatchDecision.ACCEPTED);
        asOrganiser(() -> matchReviews.decide(bodo.id(), rows.get(1).review(), MatchDecision.REJECTED));
        assertThatThrownBy(() -> asOrganiser(
                        () -> matchReviews.decide(bodo.id(), rows.get(0).review(), MatchDecision.REJECTED)))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("was changed by " + organisers.bodoOnly());
        assertThat(asOrganiser(() -> matchReviews.matches(bodo.id())))
                .filteredOn(r -> r.match().id().equals(rows.get(0).match().id()))
                .singleElement()
                .extracting(MatchReviewService.MatchRow::decision)
                .isEqualTo(MatchDecision.ACCEPTED);

        var publication = asOrganiser(() -> matchReviews.publish(bodo.id()));
        assertThat(publication.matchCount()).isEqualTo(stored.size() - 1);
        assertThatThrownBy(() -> asOrganiser(() -> matchReviews.publish(bodo.id())))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> asOrganiser(() -> matchingJobs.start(bodo.id(), 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("published");
        assertThatThrownBy(() -> asOrganiser(() -> matchReviews.decide(bodo.id(), accepted, MatchDecision.REJECTED)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("published");
        assertThat(plans.findMatches(bodo.id())).hasSize(stored.size());
    }

    @Test
    void schedulingMovingPinningSolvingAgainPublishingAndReplanning() throws Exception {
        // 1. Schedule the demo event; the result is draft version 1.
        asOrganiser(() -> schedulingJobs.start(bodo.id()));
        assertThatThrownBy(() -> asOrganiser(() -> schedulingJobs.start(bodo.id())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already running");
        SolverProgress end = SolvingTestSupport.awaitEnd(() -> asOrganiser(() -> schedulingJobs.status(bodo.id())));
        assertThat(end.status()).isEqualTo(JobStatus.FINISHED);
        assertThat(end.peopleToTell()).isNull();
        PlanVersion draft = plans.findById(end.planVersionId()).orElseThrow();
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.number()).isEqualTo(1);
        assertThat(draft.seats()).hasSize(end.resultCount()).noneMatch(Seat::pinned);
        assertThat(draft.score()).isEqualTo(end.bestScore()).startsWith("0hard/");
        System.out.printf(
                "[figures] scheduling Bodø (3 s limit): %d seats, %d unseated participant-rounds, score %s, %d improvements, %d ms%n",
                end.resultCount(),
                end.unmatched(),
                end.bestScore(),
                end.improvements(),
                end.elapsed().toMillis());

        SeatingBoard board = asOrganiser(() -> seating.board(bodo.id()));
        assertThat(board.plan()).isEqualTo(draft);
        assertThat(board.evaluation().score()).isEqualTo(draft.score());
        assertThat(board.cards(bodo.rounds().get(0))).hasSize(12);
        assertThat(board.evaluation().scoreBreakdown()).isNotEmpty();

        // 2. Move someone in round 1 to the emptiest other table: the seat is pinned there. (Hosts
        // come first at their table, so the last person of a table is not a host.)
        UUID round1 = bodo.rounds().get(0).id();
        List<Seat> round1Seats =
                draft.seats().stream().filter(s -> s.roundId().equals(round1)).toList();
        Seat someone = round1Seats.get(round1Seats.size() - 1);
        RoundTable other = bodo.tables()
                .filter(t -> !t.id().equals(someone.tableId()))
                .min(java.util.Comparator.comparingLong(t -> round1Seats.stream()
                        .filter(s -> s.tableId().equals(t.id()))
                        .count()))
                .orElseThrow();
        PlanVersion moved = asOrganiser(() ->
                seating.move(bodo.id(), draft.id(), draft.version(), someone.actorId(), someone.roundId(), other.id()));
        assertThat(moved.id()).isEqualTo(draft.id());
        assertThat(moved.version()).isEqualTo(draft.version() + 1);
        assertThat(moved.seats())
                .contains(new Seat(
                        someone.actorId(),
                        someone.roundId(),
                        other.id(),
                        challengeAt(draft, other.id(), someone.roundId()),
                        true));
        assertThat(moved.seats()).hasSameSizeAs(draft.seats());
        // The second organiser's edit, made on the version before, is refused and nothing is lost.
        assertThatThrownBy(() -> asOrganiser(() -> seating.setPinned(
                        bodo.id(), draft.id(), draft.version(), someone.actorId(), someone.roundId(), false)))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("plan version 1 was changed by");
        assertThat(plans.findById(draft.id()).orElseThrow()).isEqualTo(moved);
        // Moving someone into a round they cannot come to is refused with the reason.
        Registration partTime = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status().isTakingPart()
                        && r.availableRounds().size() < bodo.rounds().size())
                .findFirst()
                .orElseThrow();
        var absentRound = bodo.rounds().stream()
                .filter(r -> !partTime.availableRounds().contains(r.id()))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> asOrganiser(() -> seating.move(
                        bodo.id(), moved.id(), moved.version(), partTime.actorId(), absentRound.id(), other.id())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("is not available in round " + absentRound.number());

        // 3. Pin another seat, then solve again: both pinned seats stay where they are.
        Seat second = moved.seats().stream()
                .filter(s ->
                        !s.pinned() && s.roundId().equals(bodo.rounds().get(1).id()))
                .findFirst()
                .orElseThrow();
        PlanVersion pinned = asOrganiser(() ->
                seating.setPinned(bodo.id(), moved.id(), moved.version(), second.actorId(), second.roundId(), true));
        assertThat(pinned.seats().stream().filter(Seat::pinned)).hasSize(2);
        asOrganiser(() -> schedulingJobs.start(bodo.id()));
        SolverProgress again = SolvingTestSupport.awaitEnd(() -> asOrganiser(() -> schedulingJobs.status(bodo.id())));
        PlanVersion draft2 = plans.findById(again.planVersionId()).orElseThrow();
        assertThat(draft2.number()).isEqualTo(2);
        assertThat(draft2.seats())
                .contains(
                        new Seat(
                                someone.actorId(),
                                someone.roundId(),
                                other.id(),
                                challengeAt(draft2, other.id(), someone.roundId()),
                                true),
                        new Seat(
                                second.actorId(),
                                second.roundId(),
                                second.tableId(),
                                challengeAt(draft2, second.tableId(), second.roundId()),
                                true));
        assertThat(challengeAt(draft2, other.id(), someone.roundId()))
                .isEqualTo(challengeAt(pinned, other.id(), someone.roundId()));

        // 4. Publish: version 2 becomes the immutable published plan; there is nothing to compare yet.
        assertThatThrownBy(() -> asOrganiser(() -> seating.publish(bodo.id(), draft.id(), pinned.version(), null)))
                .isInstanceOf(StaleEditException.class);
        PublishCheck clean = asOrganiser(() -> seating.publishCheck(bodo.id()));
        assertThat(clean.firstPublication()).isTrue();
        assertThat(clean.peopleToTell()).isEqualTo((int)
                draft2.seats().stream().map(Seat::actorId).distinct().count());
        // Overfill a table: the check names the broken hard rule, and publishing is refused without a
        // reason (publishing with one is PublishOverrideTest). Moving the last one back makes it publishable.
        RoundTable fullest = bodo.tables()
                .max(java.util.Comparator.comparingLong(t -> draft2.seats().stream()
                                .filter(x -> x.roundId().equals(round1)
                                        && x.tableId().equals(t.id()))
                                .count()
                        - t.capacity()))
                .orElseThrow();
        long free = fullest.capacity()
                - draft2.seats().stream()
                        .filter(x -> x.roundId().equals(round1) && x.tableId().equals(fullest.id()))
                        .count();
        PlanVersion overfull = draft2;
        List<Seat> extras = draft2.seats().stream()
                .filter(x -> x.roundId().equals(round1) && !x.tableId().equals(fullest.id()))
                .limit(free + 1)
                .toList();
        for (Seat extra : extras) {
            PlanVersion current = overfull;
            overfull = asOrganiser(() ->
                    seating.move(bodo.id(), current.id(), current.version(), extra.actorId(), round1, fullest.id()));
        }
        PublishCheck blocked = asOrganiser(() -> seating.publishCheck(bodo.id()));
        assertThat(blocked.blocked()).isTrue();
        assertThat(blocked.brokenRules())
                .extracting(EventPlan.ConstraintScore::constraint)
                .contains(SchedulingConstraints.TABLE_CAPACITY);
        PlanVersion overfullFinal = overfull;
        assertThatThrownBy(() ->
                        asOrganiser(() -> seating.publish(bodo.id(), overfullFinal.id(), overfullFinal.version(), " ")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(SchedulingConstraints.TABLE_CAPACITY);
        assertThat(plans.findPublished(bodo.id())).isEmpty();
        Seat last = extras.get(extras.size() - 1);
        PlanVersion fixed = asOrganiser(() -> seating.move(
                bodo.id(), overfullFinal.id(), overfullFinal.version(), last.actorId(), round1, last.tableId()));
        assertThat(asOrganiser(() -> seating.publishCheck(bodo.id())).brokenRules())
                .extracting(EventPlan.ConstraintScore::constraint)
                .doesNotContain(SchedulingConstraints.TABLE_CAPACITY);
        String reason =
                asOrganiser(() -> seating.publishCheck(bodo.id())).blocked() ? "Demoplanen har andre brudd" : null;
        PlanVersion published = asOrganiser(() -> seating.publish(bodo.id(), fixed.id(), fixed.version(), reason));
        assertThat(published.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plans.findPublished(bodo.id())).contains(published);
        assertThat(asOrganiser(() -> seating.compare(bodo.id()))).isEmpty();
        byte[] cards = asOrganiser(() -> outputs.render(bodo.id(), OutputsService.Output.TABLE_CARDS, Locale.ENGLISH));
        long tableRounds = published.seats().stream()
                .map(s -> s.tableId() + "/" + s.roundId())
                .distinct()
                .count();
        assertThat(new PdfReader(cards).getNumberOfPages()).isEqualTo((int) tableRounds);

        // 5. Re-plan: one person cancels before the job, another while it runs, someone arrives.
        Seat leaving =
                published.seats().stream().filter(s -> !s.pinned()).findFirst().orElseThrow();
        assertThat(asOrganiser(() -> schedulingJobs.participantCancelled(bodo.id(), leaving.actorId())))
                .isFalse();
        assertThat(registrations
                        .findByEventAndActor(bodo.id(), leaving.actorId())
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CANCELLED);
        Seat leavingLive = published.seats().stream()
                .filter(s -> !s.pinned() && !s.actorId().equals(leaving.actorId()))
                .reduce((a, b) -> b)
                .orElseThrow();
        // Someone from the Agder event, not registered in Bodø, arrives unannounced.
        UUID arriving = registrations.findByEvent(agder.id()).stream()
                .map(Registration::actorId)
                .filter(a -> registrations.findByEventAndActor(bodo.id(), a).isEmpty())
                .findFirst()
                .orElseThrow();
        asOrganiser(() -> schedulingJobs.start(bodo.id()));
        assertThat(asOrganiser(() -> schedulingJobs.participantCancelled(bodo.id(), leavingLive.actorId())))
                .isTrue();
        assertThat(asOrganiser(() -> schedulingJobs.participantArrived(bodo.id(), arriving)))
                .isTrue();
        assertThatThrownBy(() -> asOrganiser(() -> schedulingJobs.participantArrived(bodo.id(), arriving)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already takes part");
        SolverProgress replanned =
                SolvingTestSupport.awaitEnd(() -> asOrganiser(() -> schedulingJobs.status(bodo.id())));
        assertThat(replanned.status()).isEqualTo(JobStatus.FINISHED);
        PlanVersion draft3 = plans.findById(replanned.planVersionId()).orElseThrow();
        assertThat(draft3.seats()).as("seats of who cancelled before").noneMatch(s -> s.actorId()
                .equals(leaving.actorId()));
        assertThat(draft3.seats()).as("seats of who cancelled while solving").noneMatch(s -> s.actorId()
                .equals(leavingLive.actorId()));
        assertThat(draft3.seats()).anyMatch(s -> s.actorId().equals(arriving));
        assertThat(replanned.peopleToTell()).isNotNull().isPositive();
        assertThat(plans.findPublished(bodo.id())).contains(published);
        PlanComparison comparison =
                asOrganiser(() -> seating.compare(bodo.id())).orElseThrow();
        assertThat(comparison.publishedNumber()).isEqualTo(2);
        assertThat(comparison.draftNumber()).isEqualTo(3);
        assertThat(comparison.peopleToTell()).isEqualTo(replanned.peopleToTell());
        assertThat(comparison.removed())
                .hasSize(2)
                .as("people by name, never by id")
                .noneMatch(name -> name.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"));
        System.out.printf(
                "[figures] re-planning Bodø after 2 cancellations%s: %d people to tell of %d seated, score %s%n",
                " and 1 arrival",
                replanned.peopleToTell(),
                published.seats().stream().map(Seat::actorId).distinct().count(),
                replanned.bestScore());
    }

    private static UUID challengeAt(PlanVersion plan, UUID tableId, UUID roundId) {
        return plan.seats().stream()
                .filter(s -> s.tableId().equals(tableId) && s.roundId().equals(roundId) && s.challengeId() != null)
                .map(Seat::challengeId)
                .findFirst()
                .orElse(null);
    }

    @Test
    void anOrganiserCannotSolveSeeOrChangeAnotherOrganisersEventAndParticipantsCannotAtAll() {
        UUID agderId = agder.id();
        UUID someone = UUID.randomUUID();
        List<Runnable> forbidden = List.of(
                () -> matchingJobs.start(agderId, 1),
                () -> matchingJobs.stop(agderId),
                () -> matchingJobs.status(agderId),
                () -> matchingJobs.subscribe(agderId, p -> {}),
                () -> schedulingJobs.start(agderId),
                () -> schedulingJobs.stop(agderId),
                () -> schedulingJobs.status(agderId),
                () -> schedulingJobs.subscribe(agderId, p -> {}),
                () -> schedulingJobs.lastPlan(agderId),
                () -> schedulingJobs.participantCancelled(agderId, someone),
                () -> schedulingJobs.participantArrived(agderId, someone),
                () -> schedulingJobs.availabilityChanged(agderId, someone, Set.of()),
                () -> matchReviews.matches(agderId),
                () -> matchReviews.publish(agderId),
                () -> matchReviews.publication(agderId),
                () -> matchReviews.decide(agderId, MatchReview.proposed(someone), MatchDecision.ACCEPTED),
                () -> seating.board(agderId),
                () -> seating.compare(agderId),
                () -> seating.move(agderId, someone, 1, someone, someone, someone),
                () -> seating.setPinned(agderId, someone, 1, someone, someone, true),
                () -> seating.publish(agderId, someone, 1, null),
                () -> seating.publishCheck(agderId),
                () -> outputs.plan(agderId, Locale.ENGLISH),
                () -> outputs.render(agderId, OutputsService.Output.CSV, Locale.ENGLISH));
        for (Runnable action : forbidden) {
            assertThatThrownBy(() -> asOrganiser(action)).isInstanceOf(AccessDeniedException.class);
        }
        String participant = accounts.findByRole(Role.PARTICIPANT).get(0).username();
        UUID bodoId = bodo.id();
        for (Runnable action : List.<Runnable>of(
                () -> matchingJobs.start(bodoId, 1),
                () -> schedulingJobs.start(bodoId),
                () -> seating.board(bodoId),
                () -> matchReviews.matches(bodoId),
                () -> outputs.render(bodoId, OutputsService.Output.TABLE_CARDS, Locale.ENGLISH))) {
            assertThatThrownBy(() -> SignedIn.as(users, participant, () -> {
                        action.run();
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // Nothing ran and nothing was written for Agder.
        assertThat(plans.findByEvent(agderId)).isEmpty();
        assertThat(plans.findMatches(agderId)).isEmpty();
        assertThat(SignedIn.as(users, organisers.both(), () -> schedulingJobs.status(agderId))
                        .status())
                .isEqualTo(JobStatus.IDLE);
    }
}
