package no.fellesgrunn.web.solver;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchDecision;
import no.fellesgrunn.domain.plan.MatchReview;
import no.fellesgrunn.domain.plan.MatchReviewRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.planner.matching.MatchingEngine;
import no.fellesgrunn.planner.matching.MatchingProblem;
import no.fellesgrunn.planner.matching.MatchingResult;
import no.fellesgrunn.planner.matching.MatchingSolution;
import no.fellesgrunn.planner.matching.MatchingWeights;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Matching jobs, one per event, on the application's matching {@link SolverManager}: start (a
 * second job for the same event is refused), stop early, status, and live progress for views.
 * When a job ends, its matches replace the event's matches (unreviewed, unpublished). Matches of
 * the actors at earlier events are avoided (previous matches); declined pairs and pairs the
 * organiser rejected at this event are never proposed (excluded pairs).
 */
@Service
public class MatchingJobs {
    private static final Logger LOG = LoggerFactory.getLogger(MatchingJobs.class);

    private final SolverManager<MatchingSolution, UUID> solverManager;
    private final MatchingEngine engine;
    private final OrganiserEvents organiserEvents;
    private final EventFactsLoader factsLoader;
    private final PlanRepository plans;
    private final MatchReviewRepository reviews;
    private final RegionalEventRepository events;
    private final DeclinedPairs declinedPairs;
    private final JobBoard board;
    private Clock clock = Clock.systemUTC();

    @Autowired
    public MatchingJobs(SolverManager<MatchingSolution, UUID> matchingSolverManager, MatchingEngine engine,
                        OrganiserEvents organiserEvents, EventFactsLoader factsLoader,
                        PlanRepository plans, MatchReviewRepository reviews, RegionalEventRepository events,
                        DeclinedPairs declinedPairs,
                        @org.springframework.beans.factory.annotation.Value("${fellesgrunn.solver.matching-time-limit:30s}")
                        Duration timeLimit) {
        this.solverManager = matchingSolverManager;
        this.engine = engine;
        this.organiserEvents = organiserEvents;
        this.factsLoader = factsLoader;
        this.plans = plans;
        this.reviews = reviews;
        this.events = events;
        this.declinedPairs = declinedPairs;
        this.board = new JobBoard(timeLimit);
    }

    /**
     * Starts matching the people taking part in the event.
     *
     * @param matchesPerActor coffee chats per person, 1 to 5
     * @throws DomainException when a job already runs for the event, the matches are published,
     *                         or fewer than two people take part
     */
    @RolesAllowed("ORGANISER")
    public SolverProgress start(UUID eventId, int matchesPerActor) {
        RegionalEvent event = organiserEvents.open(eventId);
        if (matchesPerActor < 1 || matchesPerActor > 5) {
            throw new DomainException("matches per person must be between 1 and 5, was " + matchesPerActor);
        }
        if (reviews.findPublication(eventId).isPresent()) {
            throw new DomainException("the matches of " + event.name()
                    + " are published; participants are answering them, so they are not replaced");
        }
        EventFacts facts = factsLoader.load(event);
        MatchingProblem problem = MatchingProblemFactory.problem(facts, matchesPerActor, previousMatches(eventId),
                excludedPairs(eventId));
        if (problem.actors().size() < 2) {
            throw new DomainException("matching needs at least two people taking part in " + event.name()
                    + ", found " + problem.actors().size());
        }
        JobBoard.Job job = board.tryStart(eventId);
        if (job == null) {
            throw new DomainException("matching is already running for " + event.name());
        }
        MatchingWeights weights = MatchingWeights.defaults();
        solverManager.solveAndListen(eventId,
                id -> {
                    MatchingSolution start = engine.startingSolution(problem, weights);
                    post(eventId, job, start);
                    return start;
                },
                best -> {
                    job.improvements++;
                    post(eventId, job, best);
                },
                best -> finish(eventId, job, best),
                (id, error) -> fail(eventId, job, error));
        return board.status(eventId);
    }

    /** Asks the event's job to stop; it stores the best matches found so far. */
    @RolesAllowed("ORGANISER")
    public void stop(UUID eventId) {
        organiserEvents.open(eventId);
        JobBoard.Job job = board.job(eventId);
        if (job != null && board.status(eventId).status().isRunning()) {
            job.stopRequested = true;
            solverManager.terminateEarly(eventId);
        }
    }

    @RolesAllowed("ORGANISER")
    public SolverProgress status(UUID eventId) {
        organiserEvents.open(eventId);
        return board.status(eventId);
    }

    /**
     * Calls the listener with every change of the event's job, on the solver's threads (a view must
     * use {@code UI.access}). Run the returned handle to unsubscribe, at the latest on detach.
     */
    @RolesAllowed("ORGANISER")
    public Runnable subscribe(UUID eventId, Consumer<SolverProgress> listener) {
        organiserEvents.open(eventId);
        return board.subscribe(eventId, listener);
    }

    /** Number of views listening to the event's job (for tests that check views unsubscribe). */
    public int listenerCount(UUID eventId) {
        return board.listenerCount(eventId);
    }

    private void post(UUID eventId, JobBoard.Job job, MatchingSolution solution) {
        board.post(board.status(eventId).with(JobStatus.SOLVING, String.valueOf(solution.getScore()),
                job.improvements, job.elapsed()));
    }

    private void finish(UUID eventId, JobBoard.Job job, MatchingSolution best) {
        try {
            MatchingResult result = engine.explain(best);
            List<Match> matches = MatchingProblemFactory.matches(eventId, result, now());
            plans.replaceMatches(eventId, matches);
            JobStatus end = job.stopRequested ? JobStatus.STOPPED : JobStatus.FINISHED;
            LOG.info("Matching of event {} {} after {} ms: {} matches, {} without a match, score {}", eventId, end,
                    job.elapsed().toMillis(), matches.size(), result.unmatched().size(), result.score());
            board.post(board.status(eventId).ended(end, result.score().toString(), job.elapsed(), matches.size(),
                    result.unmatched().size(), null, null));
        } catch (RuntimeException e) {
            fail(eventId, job, e);
        }
    }

    private void fail(UUID eventId, JobBoard.Job job, Throwable error) {
        LOG.error("Matching of event {} failed", eventId, error);
        board.post(board.status(eventId).failed(error.getMessage() == null ? error.toString() : error.getMessage(),
                job.elapsed()));
    }

    /** Pairs matched at the other events. */
    private List<Set<UUID>> previousMatches(UUID eventId) {
        List<Set<UUID>> previous = new ArrayList<>();
        for (RegionalEvent other : events.findAll()) {
            if (!other.id().equals(eventId)) {
                plans.findMatches(other.id()).forEach(m -> previous.add(Set.of(m.actorA(), m.actorB())));
            }
        }
        return previous;
    }

    /** Declined pairs, and pairs the organiser rejected among this event's current matches. */
    private Set<Set<UUID>> excludedPairs(UUID eventId) {
        Set<Set<UUID>> excluded = new HashSet<>(declinedPairs.declinedPairs());
        var decided = reviews.findByEvent(eventId);
        for (Match match : plans.findMatches(eventId)) {
            MatchReview review = decided.get(match.id());
            if (review != null && review.decision() == MatchDecision.REJECTED) {
                excluded.add(Set.of(match.actorA(), match.actorB()));
            }
        }
        return excluded;
    }

    /** Now, to the microsecond PostgreSQL stores, so what is returned equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
