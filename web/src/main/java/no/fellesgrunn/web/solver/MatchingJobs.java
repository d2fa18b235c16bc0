package no.fellesgrunn.web.solver;

import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.plan.MatchReviewRepository;
import no.fellesgrunn.planner.matching.MatchingProblem;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Matching jobs, one per event ({@link EventSolverJobs}: stop, status, progress): start checks
 * the event and queues the job; {@link MatchingKind} runs it on whichever node claims it. When a
 * job ends, its matches replace the event's matches (unreviewed, unpublished).
 */
@Service
public class MatchingJobs extends EventSolverJobs {
    private final MatchingKind kind;
    private final MatchReviewRepository reviews;
    private final CurrentUser currentUser;

    public MatchingJobs(
            SolverJobEngine engine,
            OrganiserEvents organiserEvents,
            MatchingKind kind,
            MatchReviewRepository reviews,
            CurrentUser currentUser) {
        super(engine, organiserEvents, MatchingKind.NAME);
        this.kind = kind;
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    /**
     * Queues matching the people taking part in the event.
     *
     * @param matchesPerActor coffee chats per person, 1 to 5
     * @throws DomainException when a job is already queued or running for the event, the matches are
     *                         published, or fewer than two people take part
     */
    @RolesAllowed("ORGANISER")
    public SolverProgress start(UUID eventId, int matchesPerActor) {
        RegionalEvent event = organiserEvents.open(eventId);
        if (matchesPerActor < 1 || matchesPerActor > 5) {
            throw new AppRefusal(
                    AppError.MATCHES_PER_PERSON_RANGE,
                    "matches per person must be between 1 and 5, was " + matchesPerActor,
                    matchesPerActor);
        }
        if (reviews.findPublication(eventId).isPresent()) {
            throw new AppRefusal(
                    AppError.MATCHES_PUBLISHED_NOT_REPLACED,
                    "the matches of " + event.name()
                            + " are published; participants are answering them, so they are not replaced",
                    event.name());
        }
        MatchingProblem problem = kind.problem(event, matchesPerActor);
        if (problem.actors().size() < 2) {
            throw new AppRefusal(
                    AppError.MATCHING_NEEDS_TWO,
                    "matching needs at least two people taking part in " + event.name() + ", found "
                            + problem.actors().size(),
                    event.name(),
                    problem.actors().size());
        }
        return enqueue(
                eventId,
                "{\"matchesPerActor\": " + matchesPerActor + "}",
                currentUser.account().map(a -> a.username()).orElse("organiser"),
                "matching is already running for " + event.name());
    }
}
