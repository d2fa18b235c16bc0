package no.fellesgrunn.web.solver;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.EventProblem;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling jobs, one per event, on the {@link SolverJobEngine}: start,
 * stop early, status and live progress. A job starts from the event as it is now, keeps the seats
 * the organiser pinned in the latest plan version, and, once a plan is published, changes as
 * little of it as the rules allow. Its result is stored as a new draft plan version.
 * <p>
 * Re-planning: cancellations, unannounced arrivals and changed availability are saved to the
 * registration and, while a job is queued or runs, kept with it in PostgreSQL; the node that runs it
 * hands them to its solver as problem changes ({@link ReplanChanges}).
 */
@Service
public class SchedulingJobs extends EventSolverJobs {
    private final SchedulingKind kind;
    private final CurrentUser currentUser;
    private final EventFactsLoader factsLoader;
    private final RegistrationRepository registrations;
    private final TransactionTemplate transactions;

    public SchedulingJobs(
            SolverJobEngine engine,
            OrganiserEvents organiserEvents,
            SchedulingKind kind,
            CurrentUser currentUser,
            EventFactsLoader factsLoader,
            RegistrationRepository registrations,
            DataSource dataSource) {
        super(engine, organiserEvents, SchedulingKind.NAME);
        this.kind = kind;
        this.currentUser = currentUser;
        this.factsLoader = factsLoader;
        this.registrations = registrations;
        // Same DataSource as the repositories, so their statements join this transaction.
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
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
            throw new AppRefusal(
                    AppError.NOBODY_TO_SEAT,
                    "nobody takes part in " + event.name() + " yet, so there is no one to seat",
                    event.name());
        }
        if (event.rounds().isEmpty() || event.tables().findAny().isEmpty()) {
            throw new AppRefusal(
                    AppError.EVENT_NEEDS_ROUNDS_AND_TABLES,
                    event.name() + " needs rounds and tables before people can be seated",
                    event.name());
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
     * A participant cancels: their registration is cancelled and, while a job is queued or runs, their
     * seats leave its plan.
     *
     * @return whether the event's job takes the change (else solve again to include it)
     */
    @RolesAllowed("ORGANISER")
    public boolean participantCancelled(UUID eventId, UUID actorId) {
        RegionalEvent event = organiserEvents.open(eventId);
        Registration registration = registrationOf(event, actorId);
        EventProblem.ParticipantSpec before =
                EventProblemFactory.problem(factsLoader.load(event), List.of(), null).participants().stream()
                        .filter(p -> p.id().equals(actorId.toString()))
                        .findFirst()
                        .orElseThrow();
        return saveAndReport(registration.moveTo(RegistrationStatus.CANCELLED), ReplanChanges.Change.cancelled(before));
    }

    /**
     * Someone arrives unannounced: registered (for every round) if they were not, and while a job is
     * queued or runs, seated by it at a free table.
     */
    @RolesAllowed("ORGANISER")
    public boolean participantArrived(UUID eventId, UUID actorId) {
        RegionalEvent event = organiserEvents.open(eventId);
        Optional<Registration> existing = registrations.findByEventAndActor(eventId, actorId);
        if (existing.isPresent() && existing.get().status().isTakingPart()) {
            throw new AppRefusal(
                    AppError.PERSON_ALREADY_TAKING_PART,
                    "this person already takes part in " + event.name(),
                    event.name());
        }
        Registration registration = existing.map(r -> r.moveTo(RegistrationStatus.REGISTERED))
                .orElseGet(() -> Registration.register(
                        event,
                        actorId,
                        new HashSet<>(event.rounds().stream().map(Round::id).toList()),
                        List.of(),
                        false,
                        null));
        return saveAndReport(registration, ReplanChanges.Change.arrived(actorId.toString()));
    }

    /** A participant can now come only to these rounds. */
    @RolesAllowed("ORGANISER")
    public boolean availabilityChanged(UUID eventId, UUID actorId, Set<UUID> rounds) {
        RegionalEvent event = organiserEvents.open(eventId);
        Registration r = registrationOf(event, actorId);
        Registration changed = new Registration(
                r.id(),
                r.eventId(),
                r.actorId(),
                rounds,
                r.wishes(),
                r.needsAccessibleTable(),
                r.venueNeeds(),
                r.status(),
                r.version());
        changed.checkAgainst(event);
        return saveAndReport(
                changed,
                ReplanChanges.Change.availability(
                        actorId.toString(), roundIds(event, rounds), roundIds(event, r.availableRounds())));
    }

    private static List<String> roundIds(RegionalEvent event, Set<UUID> rounds) {
        return event.rounds().stream()
                .map(Round::id)
                .filter(rounds::contains)
                .map(UUID::toString)
                .toList();
    }

    private Registration registrationOf(RegionalEvent event, UUID actorId) {
        return registrations
                .findByEventAndActor(event.id(), actorId)
                .filter(r -> r.status().isTakingPart())
                .orElseThrow(() -> new AppRefusal(
                        AppError.PERSON_NOT_TAKING_PART,
                        "this person does not take part in " + event.name(),
                        event.name()));
    }

    /**
     * Saves the registration and, in the same transaction, keeps the change with the event's active
     * job, if there is one whose solver has not ended. The job applies it on whichever node runs it,
     * whether it reads the event before or after this commits (see {@link ReplanChanges}).
     */
    private boolean saveAndReport(Registration registration, ReplanChanges.Change change) {
        String by = username();
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            registrations.save(registration, by);
            return engine.report(SchedulingKind.NAME, registration.eventId(), change.json(), by);
        }));
    }

    private String username() {
        return currentUser.account().map(a -> a.username()).orElse("organiser");
    }
}
