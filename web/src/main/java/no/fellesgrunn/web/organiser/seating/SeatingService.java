package no.fellesgrunn.web.organiser.seating;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.PlanChanges;
import no.fellesgrunn.planner.scheduling.PlanDiff;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import no.fellesgrunn.web.solver.EventFacts;
import no.fellesgrunn.web.solver.EventFactsLoader;
import no.fellesgrunn.web.solver.PlanEvaluator;
import no.fellesgrunn.web.solver.PlanMapping;
import no.fellesgrunn.web.solver.PlanPublishedListener;
import org.springframework.stereotype.Service;

/**
 * The organiser's hand on the seating plan: read it with the engine's warnings, move a person,
 * pin or unpin a seat, publish the draft, and compare it with the published version. Edits go to
 * the latest draft (a published plan is never changed: the first edit after publishing makes a
 * new draft from it) with optimistic locking: an edit based on an older view of the plan is
 * refused with a {@link StaleEditException}, and the plan is left as the other person saved it.
 */
@Service
public class SeatingService {
    private final OrganiserEvents organiserEvents;
    private final CurrentUser currentUser;
    private final EventFactsLoader factsLoader;
    private final PlanRepository plans;
    private final PlanEvaluator evaluator;
    private final PlanPublishedListener publishedListener;
    private final no.fellesgrunn.domain.registration.RegistrationRepository registrations;
    private final Clock clock;

    public SeatingService(
            OrganiserEvents organiserEvents,
            CurrentUser currentUser,
            EventFactsLoader factsLoader,
            PlanRepository plans,
            PlanEvaluator evaluator,
            PlanPublishedListener publishedListener,
            no.fellesgrunn.domain.registration.RegistrationRepository registrations,
            Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
        this.organiserEvents = organiserEvents;
        this.currentUser = currentUser;
        this.factsLoader = factsLoader;
        this.plans = plans;
        this.evaluator = evaluator;
        this.publishedListener = publishedListener;
    }

    @RolesAllowed("ORGANISER")
    public SeatingBoard board(UUID eventId) {
        RegionalEvent event = organiserEvents.open(eventId);
        EventFacts facts = factsLoader.load(event);
        PlanVersion latest = plans.findLatest(eventId).orElse(null);
        PlanVersion published = latest == null
                ? null
                : latest.status() == PlanStatus.PUBLISHED
                        ? latest
                        : plans.findPublished(eventId).orElse(null);
        EventPlan evaluation = latest == null ? null : evaluator.evaluate(facts, latest.seats());
        Map<UUID, SeatingBoard.Person> people = new HashMap<>();
        for (Registration registration : facts.registrations()) {
            Actor actor = facts.actor(registration.actorId());
            people.put(
                    actor.id(),
                    new SeatingBoard.Person(
                            actor.id(),
                            actor.name(),
                            facts.sectorOf(actor),
                            actor.perspectives(),
                            registration.availableRounds(),
                            registration.needsAccessibleTable()));
        }
        // People seated in the plan who no longer take part are still named on the page.
        if (latest != null) {
            // ... and so are people of the published plan who have left since (the comparison names them).
            List<UUID> missing = java.util.stream.Stream.concat(
                            latest.seats().stream(),
                            published == null ? java.util.stream.Stream.<Seat>empty() : published.seats().stream())
                    .map(Seat::actorId)
                    .filter(id -> !people.containsKey(id))
                    .distinct()
                    .toList();
            factsLoaderActors(missing)
                    .forEach(a -> people.put(
                            a.id(),
                            new SeatingBoard.Person(
                                    a.id(), a.name(), null, a.perspectives(), java.util.Set.of(), false)));
        }
        Map<UUID, String> titles = new HashMap<>();
        facts.challenges().values().forEach(c -> titles.put(c.id(), c.title()));
        Map<UUID, String> organisationNames = new HashMap<>();
        facts.organisations().values().forEach(o -> organisationNames.put(o.id(), o.name()));
        return new SeatingBoard(event, latest, published, evaluation, people, titles, organisationNames);
    }

    /**
     * People with a registration for the event who do not take part now (invited, or cancelled):
     * those who may arrive unannounced.
     */
    @RolesAllowed("ORGANISER")
    public List<SeatingBoard.Person> notTakingPart(UUID eventId) {
        organiserEvents.open(eventId);
        List<UUID> ids = registrations.findByEvent(eventId).stream()
                .filter(r -> !r.status().isTakingPart())
                .map(Registration::actorId)
                .toList();
        return factsLoaderActors(ids).stream()
                .map(a -> new SeatingBoard.Person(a.id(), a.name(), null, a.perspectives(), java.util.Set.of(), false))
                .sorted(java.util.Comparator.comparing(SeatingBoard.Person::name))
                .toList();
    }

    private List<Actor> factsLoaderActors(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : factsLoader.actors(ids);
    }

    /**
     * Moves a person to a table in a round (or seats them there if they had no seat); the seat is
     * pinned, since the organiser chose it.
     *
     * @param planId      the plan version the organiser saw
     * @param planVersion its optimistic-locking version as they saw it
     */
    @RolesAllowed("ORGANISER")
    public PlanVersion move(UUID eventId, UUID planId, int planVersion, UUID actorId, UUID roundId, UUID tableId) {
        RegionalEvent event = organiserEvents.open(eventId);
        EventFacts facts = factsLoader.load(event);
        Registration registration = facts.registrations().stream()
                .filter(r -> r.actorId().equals(actorId))
                .findFirst()
                .orElse(null);
        PlanVersion draft = editableDraft(eventId, planId, planVersion);
        return save(facts, draft.move(event, registration, roundId, tableId));
    }

    /** Pins or unpins a person's seat in a round: a pinned seat is kept when solving again. */
    @RolesAllowed("ORGANISER")
    public PlanVersion setPinned(
            UUID eventId, UUID planId, int planVersion, UUID actorId, UUID roundId, boolean pinned) {
        RegionalEvent event = organiserEvents.open(eventId);
        PlanVersion draft = editableDraft(eventId, planId, planVersion);
        return save(factsLoader.load(event), draft.pin(event, actorId, roundId, pinned));
    }

    /** What publishing the latest draft would do: who is told, what it breaks (see {@link PublishCheck}). */
    @RolesAllowed("ORGANISER")
    public PublishCheck publishCheck(UUID eventId) {
        SeatingBoard board = board(eventId);
        if (!board.isDraft()) {
            throw new AppRefusal(AppError.NO_DRAFT_TO_PUBLISH, "there is no draft plan to publish");
        }
        int toTell = board.published() == null
                ? (int) board.plan().seats().stream()
                        .map(Seat::actorId)
                        .distinct()
                        .count()
                : compare(board).map(PlanComparison::peopleToTell).orElse(0);
        int unseated = board.event().rounds().stream()
                .mapToInt(round -> board.unseated(round).size())
                .sum();
        return new PublishCheck(
                board.plan().number(),
                toTell,
                board.published() == null,
                PublishCheck.brokenHardRules(board.evaluation()),
                unseated);
    }

    /**
     * Publishes the latest draft: it becomes the immutable version participants see. Tells the
     * {@link PlanPublishedListener} who must be told (everyone seated the first time; afterwards
     * those whose seats changed and those new in the plan). A plan that breaks a hard rule needs
     * the organiser's reason, which is kept with the version.
     */
    @RolesAllowed("ORGANISER")
    public PlanVersion publish(UUID eventId, UUID planId, int planVersion, String overrideReason) {
        RegionalEvent event = organiserEvents.open(eventId);
        PlanVersion latest = latest(eventId)
                .orElseThrow(() -> new AppRefusal(AppError.NO_PLAN_TO_PUBLISH, "there is no plan to publish yet"));
        if (!latest.id().equals(planId) || latest.status() != PlanStatus.DRAFT) {
            throw new StaleEditException(
                    "the seating plan of " + event.name(),
                    planVersion,
                    latest.version(),
                    latest.publishedBy() != null ? latest.publishedBy() : latest.createdBy(),
                    latest.publishedAt() != null ? latest.publishedAt() : latest.createdAt());
        }
        Set<String> broken = PublishCheck.names(
                PublishCheck.brokenHardRules(evaluator.evaluate(factsLoader.load(event), latest.seats())));
        Optional<PlanVersion> before = plans.findPublished(eventId);
        PlanVersion published = plans.save(
                latest.withVersion(planVersion).publish(username(), now(), broken, overrideReason), username());
        List<UUID> toTell;
        if (before.isPresent()) {
            PlanChanges changes = PlanDiff.between(
                    PlanMapping.eventPlan(event, before.get().seats()),
                    PlanMapping.eventPlan(event, published.seats()));
            toTell = new ArrayList<>();
            changes.changed().forEach(c -> toTell.add(UUID.fromString(c.participant())));
            changes.added().forEach(a -> toTell.add(UUID.fromString(a)));
        } else {
            toTell = published.seats().stream().map(Seat::actorId).distinct().toList();
        }
        publishedListener.seatingPublished(eventId, published, toTell);
        return published;
    }

    /** The latest draft against the published version, or empty when there are not both. */
    @RolesAllowed("ORGANISER")
    public Optional<PlanComparison> compare(UUID eventId) {
        return compare(board(eventId));
    }

    /** The comparison on a board already loaded (one evaluation of the plan, not two). */
    private Optional<PlanComparison> compare(SeatingBoard board) {
        if (board.published() == null || !board.isDraft()) {
            return Optional.empty();
        }
        RegionalEvent event = board.event();
        PlanChanges changes = PlanDiff.between(
                PlanMapping.eventPlan(event, board.published().seats()),
                PlanMapping.eventPlan(event, board.plan().seats()));
        Map<String, Integer> roundNumber = new HashMap<>();
        event.rounds().forEach(r -> roundNumber.put(r.id().toString(), r.number()));
        List<PlanComparison.Change> changed = changes.changed().stream()
                .map(c -> new PlanComparison.Change(
                        board.nameOf(UUID.fromString(c.participant())),
                        c.rounds().stream().map(roundNumber::get).sorted().toList()))
                .sorted(java.util.Comparator.comparing(PlanComparison.Change::name))
                .toList();
        return Optional.of(new PlanComparison(
                board.published().number(),
                board.plan().number(),
                changes.peopleToTell(),
                changed,
                names(board, changes.added()),
                names(board, changes.removed())));
    }

    private static List<String> names(SeatingBoard board, List<String> ids) {
        return ids.stream()
                .map(id -> board.nameOf(UUID.fromString(id)))
                .sorted()
                .toList();
    }

    private Optional<PlanVersion> latest(UUID eventId) {
        return plans.findLatest(eventId);
    }

    /**
     * The draft to edit: the latest version if it is the one the organiser saw (a newer version,
     * say from the scheduler, is a stale edit); a new draft copied from it if it is published.
     */
    private PlanVersion editableDraft(UUID eventId, UUID planId, int planVersion) {
        PlanVersion latest = latest(eventId)
                .orElseThrow(() -> new AppRefusal(
                        AppError.NO_SEATING_PLAN, "there is no seating plan yet: run the scheduler first"));
        if (!latest.id().equals(planId)) {
            throw new StaleEditException(
                    "the seating plan (now version " + latest.number() + ")",
                    planVersion,
                    latest.version(),
                    latest.createdBy(),
                    latest.createdAt());
        }
        // A published plan is copied into the next draft; a draft keeps the optimistic-locking
        // version the organiser saw, so the save is refused if the stored one moved on since.
        return latest.status() == PlanStatus.PUBLISHED
                ? latest.draftForEdit(username(), now())
                : latest.withVersion(planVersion);
    }

    /** Saves an edited draft with the score the engine gives its seats. */
    private PlanVersion save(EventFacts facts, PlanVersion draft) {
        String score = evaluator.evaluate(facts, draft.seats()).score();
        try {
            return plans.save(draft.withScore(score), username());
        } catch (org.springframework.dao.DuplicateKeyException sameNumber) {
            // Someone else made the new draft from the published plan at the same moment.
            PlanVersion other = latest(draft.eventId()).orElseThrow();
            throw new StaleEditException(
                    "the seating plan (now version " + other.number() + ")",
                    draft.version(),
                    other.version(),
                    other.createdBy(),
                    other.createdAt());
        }
    }

    private String username() {
        return currentUser.account().map(a -> a.username()).orElse("organiser");
    }

    /** Now, to the microsecond PostgreSQL stores, so what is returned equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
