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
public class SchedulingJobs extends EventSolverJobs {
    private final SchedulingKind kind;
    private final CurrentUser currentUser;
    private final EventFactsLoader factsLoader;
    private final RegistrationRepository registrations;

    public SchedulingJobs(SolverJobEngine engine, OrganiserEvents organiserEvents, SchedulingKind kind,
                          CurrentUser currentUser, EventFactsLoader factsLoader, RegistrationRepository registrations) {
        super(engine, organiserEvents, SchedulingKind.NAME);
        this.kind = kind;
        this.currentUser = currentUser;
        this.factsLoader = factsLoader;
        this.registrations = registrations;
    }

    /**
     * Queues seating the people taking part, keeping the pinned seats of the latest plan version and,
     * if a plan is published, as much of it as the rules allow (read when a node starts the job).
     *
     * @throws DomainException when a job is already queued or running for the event or nobody takes part
     */
    @RolesAllowed("ORGANISER")
    public SolverProgress start(UUID eventId) {
        RegionalEvent event = organiserEvents.open(eventId);
        EventFacts facts = factsLoader.load(event);
        if (facts.registrations().isEmpty()) {
            throw new DomainException("nobody takes part in " + event.name() + " yet, so there is no one to seat");
        }
        if (event.rounds().isEmpty() || event.tables().findAny().isEmpty()) {
            throw new DomainException(event.name() + " needs rounds and tables before people can be seated");
        }
        return enqueue(eventId, "{}", username(), "scheduling is already running for " + event.name());
    }

    /** The explained plan of the event's last job finished on this node since start-up (with changes when re-planning). */
    @RolesAllowed("ORGANISER")
    public Optional<EventPlan> lastPlan(UUID eventId) {
        organiserEvents.open(eventId);
        return kind.lastPlan(eventId);
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

    /**
     * Hands a change to the event's active job, if it concerns it. A queued job reads the saved
     * registrations when it starts, so it takes every change; a job running on this node gets it as a
     * problem change; a job running on another node does not (solve again afterwards).
     */
    private boolean change(UUID eventId, UUID actorId, boolean mustBeInJob,
                           Supplier<ProblemChange<?>> change) {
        SolverProgress status = engine.status(SchedulingKind.NAME, eventId);
        if (status.status() == JobStatus.QUEUED) {
            return true;
        }
        if (!status.status().isRunning()) {
            return false;
        }
        return engine.localRun(SchedulingKind.NAME, eventId)
                .map(run -> run.change(actorId.toString(), mustBeInJob, change)).orElse(false);
    }

    private String username() {
        return currentUser.account().map(a -> a.username()).orElse("organiser");
    }

}
