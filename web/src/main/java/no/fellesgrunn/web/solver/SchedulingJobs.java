package no.fellesgrunn.web.solver;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.planner.scheduling.AvailabilityChanged;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.EventProblem;
import no.fellesgrunn.planner.scheduling.EventSchedule;
import no.fellesgrunn.planner.scheduling.ParticipantArrived;
import no.fellesgrunn.planner.scheduling.ParticipantCancelled;
import no.fellesgrunn.planner.scheduling.PlanDiff;
import no.fellesgrunn.planner.scheduling.SchedulingEngine;
import no.fellesgrunn.planner.scheduling.SchedulingWeights;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Scheduling jobs, one per event, on the application's scheduling {@link SolverManager}: start,
 * stop early, status and live progress. A job starts from the event as it is now, keeps the seats
 * the organiser pinned in the latest plan version, and, once a plan is published, changes as
 * little of it as the rules allow. Its result is stored as a new draft plan version.
 * <p>
 * Re-planning: cancellations, unannounced arrivals and changed availability are saved to the
 * registration and, while a job runs, handed to the running solver as problem changes.
 */
@Service
public class SchedulingJobs {
    private static final Logger LOG = LoggerFactory.getLogger(SchedulingJobs.class);

    private final SolverManager<EventSchedule, UUID> solverManager;
    private final SchedulingEngine engine;
    private final OrganiserEvents organiserEvents;
    private final CurrentUser currentUser;
    private final EventFactsLoader factsLoader;
    private final PlanRepository plans;
    private final RegistrationRepository registrations;
    private final JobBoard board;
    private final Map<UUID, Set<String>> participantsInJob = new ConcurrentHashMap<>();
    private final Map<UUID, EventPlan> lastPlans = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public SchedulingJobs(SolverManager<EventSchedule, UUID> schedulingSolverManager, SchedulingEngine engine,
                          OrganiserEvents organiserEvents, CurrentUser currentUser, EventFactsLoader factsLoader,
                          PlanRepository plans, RegistrationRepository registrations,
                          @Value("${fellesgrunn.solver.scheduling-time-limit:60s}") Duration timeLimit) {
        this.solverManager = schedulingSolverManager;
        this.engine = engine;
        this.organiserEvents = organiserEvents;
        this.currentUser = currentUser;
        this.factsLoader = factsLoader;
        this.plans = plans;
        this.registrations = registrations;
        this.board = new JobBoard(timeLimit);
    }

    /**
     * Seats the people taking part now, keeping the pinned seats of the latest plan version and,
     * if a plan is published, as much of it as the rules allow.
     *
     * @throws DomainException when a job already runs for the event or nobody takes part
     */
    @RolesAllowed("ORGANISER")
    public SolverProgress start(UUID eventId) {
        RegionalEvent event = organiserEvents.open(eventId);
        String by = username();
        EventFacts facts = factsLoader.load(event);
        if (facts.registrations().isEmpty()) {
            throw new DomainException("nobody takes part in " + event.name() + " yet, so there is no one to seat");
        }
        if (event.rounds().isEmpty() || event.tables().findAny().isEmpty()) {
            throw new DomainException(event.name() + " needs rounds and tables before people can be seated");
        }
        List<PlanVersion> versions = plans.findByEvent(eventId);
        List<Seat> pins = versions.isEmpty() ? List.of()
                : versions.get(versions.size() - 1).seats().stream().filter(Seat::pinned).toList();
        EventPlan published = plans.findPublished(eventId)
                .map(p -> PlanMapping.eventPlan(event, p.seats())).orElse(null);
        EventProblem problem = EventProblemFactory.problem(facts, pins, published);
        JobBoard.Job job = board.tryStart(eventId);
        if (job == null) {
            throw new DomainException("scheduling is already running for " + event.name());
        }
        Set<String> inJob = ConcurrentHashMap.newKeySet();
        problem.participants().forEach(p -> inJob.add(p.id()));
        participantsInJob.put(eventId, inJob);
        Set<String> pinnedKeys = new HashSet<>();
        problem.pinned().stream().filter(p -> p.participant() != null)
                .forEach(p -> pinnedKeys.add(p.participant() + "/" + p.round()));
        SchedulingWeights weights = SchedulingWeights.defaults();
        solverManager.solveAndListen(eventId,
                id -> {
                    EventSchedule start = engine.startingSolution(problem, weights);
                    board.post(board.status(eventId).with(JobStatus.SOLVING, null, 0, job.elapsed()));
                    return start;
                },
                best -> {
                    job.improvements++;
                    board.post(board.status(eventId).with(JobStatus.SOLVING, String.valueOf(best.getScore()),
                            job.improvements, job.elapsed()));
                },
                best -> finish(event, job, best, published, pinnedKeys, by),
                (id, error) -> fail(eventId, job, error));
        return board.status(eventId);
    }

    /** Asks the event's job to stop; it stores the best plan found so far. */
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

    /** The explained plan of the event's last finished job since start-up (with changes when re-planning). */
    @RolesAllowed("ORGANISER")
    public Optional<EventPlan> lastPlan(UUID eventId) {
        organiserEvents.open(eventId);
        return Optional.ofNullable(lastPlans.get(eventId));
    }

    /** See {@link MatchingJobs#subscribe}. */
    @RolesAllowed("ORGANISER")
    public Runnable subscribe(UUID eventId, Consumer<SolverProgress> listener) {
        organiserEvents.open(eventId);
        return board.subscribe(eventId, listener);
    }

    public int listenerCount(UUID eventId) {
        return board.listenerCount(eventId);
    }

    /**
     * A participant cancels: their registration is cancelled and, while a job runs, their seats
     * leave the running solver's plan.
     *
     * @return whether the running solver took the change
     */
    @RolesAllowed("ORGANISER")
    public boolean participantCancelled(UUID eventId, UUID actorId) {
        RegionalEvent event = organiserEvents.open(eventId);
        Registration registration = registrationOf(event, actorId);
        registrations.save(registration.moveTo(RegistrationStatus.CANCELLED), username());
        return change(eventId, actorId, true, () -> new ParticipantCancelled(actorId.toString()));
    }

    /**
     * Someone arrives unannounced: registered (for every round) if they were not, and while a job
     * runs, seated by the running solver.
     */
    @RolesAllowed("ORGANISER")
    public boolean participantArrived(UUID eventId, UUID actorId) {
        RegionalEvent event = organiserEvents.open(eventId);
        Optional<Registration> existing = registrations.findByEventAndActor(eventId, actorId);
        if (existing.isPresent() && existing.get().status().isTakingPart()) {
            throw new DomainException("this person already takes part in " + event.name());
        }
        Registration registration = existing.map(r -> r.moveTo(RegistrationStatus.REGISTERED))
                .orElseGet(() -> Registration.register(event, actorId,
                        new HashSet<>(event.rounds().stream().map(Round::id).toList()), List.of(), false, null));
        registrations.save(registration, username());
        EventFacts facts = factsLoader.load(event);
        EventProblem.ParticipantSpec spec = EventProblemFactory.problem(facts, List.of(), null).participants().stream()
                .filter(p -> p.id().equals(actorId.toString())).findFirst().orElseThrow();
        return change(eventId, actorId, false, () -> new ParticipantArrived(spec));
    }

    /** A participant can now come only to these rounds. */
    @RolesAllowed("ORGANISER")
    public boolean availabilityChanged(UUID eventId, UUID actorId, Set<UUID> rounds) {
        RegionalEvent event = organiserEvents.open(eventId);
        Registration r = registrationOf(event, actorId);
        Registration changed = new Registration(r.id(), r.eventId(), r.actorId(), rounds, r.wishes(),
                r.needsAccessibleTable(), r.venueNeeds(), r.status(), r.version());
        changed.checkAgainst(event);
        registrations.save(changed, username());
        List<String> roundIds = event.rounds().stream().map(Round::id).filter(rounds::contains)
                .map(UUID::toString).toList();
        return change(eventId, actorId, true, () -> new AvailabilityChanged(actorId.toString(), roundIds));
    }

    private Registration registrationOf(RegionalEvent event, UUID actorId) {
        return registrations.findByEventAndActor(event.id(), actorId)
                .filter(r -> r.status().isTakingPart())
                .orElseThrow(() -> new DomainException("this person does not take part in " + event.name()));
    }

    /** Hands a change to the running job, if there is one and it knows (or must not know) the person. */
    private boolean change(UUID eventId, UUID actorId, boolean mustBeInJob,
                           Supplier<ProblemChange<EventSchedule>> change) {
        Set<String> inJob = participantsInJob.get(eventId);
        if (!board.status(eventId).status().isRunning() || inJob == null
                || inJob.contains(actorId.toString()) != mustBeInJob) {
            return false;
        }
        ProblemChange<EventSchedule> problemChange = change.get();
        solverManager.addProblemChange(eventId, problemChange);
        if (problemChange instanceof ParticipantCancelled) {
            inJob.remove(actorId.toString());
        } else if (problemChange instanceof ParticipantArrived) {
            inJob.add(actorId.toString());
        }
        return true;
    }

    private void finish(RegionalEvent event, JobBoard.Job job, EventSchedule best, EventPlan published,
                        Set<String> pinnedKeys, String by) {
        UUID eventId = event.id();
        try {
            EventPlan plan = engine.explain(best);
            Integer toTell = null;
            if (published != null) {
                plan = plan.withChanges(PlanDiff.between(published, PlanMapping.seatedOnly(plan)));
                toTell = plan.changes().peopleToTell();
            }
            List<Seat> seats = PlanMapping.seats(plan, pinnedKeys);
            int number = plans.findByEvent(eventId).stream().mapToInt(PlanVersion::number).max().orElse(0) + 1;
            PlanVersion draft = plans.save(PlanVersion.draft(eventId, number, by, now(), plan.score(), seats), by);
            lastPlans.put(eventId, plan);
            JobStatus end = job.stopRequested ? JobStatus.STOPPED : JobStatus.FINISHED;
            LOG.info("Scheduling of event {} {} after {} ms: {} seats, {} unseated participant-rounds, score {}, "
                            + "draft version {}{}", eventId, end, job.elapsed().toMillis(), seats.size(),
                    plan.unseated().size(), plan.score(), number, toTell == null ? "" : ", " + toTell + " people to tell");
            board.post(board.status(eventId).ended(end, plan.score(), job.elapsed(), seats.size(), plan.unseated().size(),
                    toTell, draft.id()));
        } catch (RuntimeException e) {
            fail(eventId, job, e);
        }
    }

    private void fail(UUID eventId, JobBoard.Job job, Throwable error) {
        LOG.error("Scheduling of event {} failed", eventId, error);
        board.post(board.status(eventId).failed(error.getMessage() == null ? error.toString() : error.getMessage(),
                job.elapsed()));
    }

    private String username() {
        return currentUser.account().map(a -> a.username()).orElse("organiser");
    }

    /** Now, to the microsecond PostgreSQL stores, so what is returned equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
