package no.fellesgrunn.web.outcome;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.OutcomeRefused;
import no.fellesgrunn.domain.outcome.StepOwner;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableCircle;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.web.participant.NotFoundException;
import no.fellesgrunn.web.participant.ParticipantClock;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Table outcomes as the signed-in person may see and change them. Who sits at a table comes from
 * the event's published plan; the domain's {@link TableCircle} decides who records, confirms,
 * comments and reads. A table the person has no part in is "not found", whatever its id, so ids
 * cannot be probed; the event's organisers read every table of their events.
 */
@Service
public class TableOutcomes {
    private final CurrentUser currentUser;
    private final ActorRepository actors;
    private final RegionalEventRepository events;
    private final PlanRepository plans;
    private final ChallengeRepository challenges;
    private final RegistrationRepository registrations;
    private final TableOutcomeRepository outcomes;
    private final ParticipantClock clock;

    public TableOutcomes(
            CurrentUser currentUser,
            ActorRepository actors,
            RegionalEventRepository events,
            PlanRepository plans,
            ChallengeRepository challenges,
            RegistrationRepository registrations,
            TableOutcomeRepository outcomes,
            ParticipantClock clock) {
        this.currentUser = currentUser;
        this.actors = actors;
        this.events = events;
        this.plans = plans;
        this.challenges = challenges;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** The tables I sit at in the published plans of my events, by date, round and table. */
    @RolesAllowed("PARTICIPANT")
    public List<MyTable> myTables() {
        Actor me = me();
        List<MyTable> result = new ArrayList<>();
        Set<UUID> eventIds = new LinkedHashSet<>();
        registrations.findByActor(me.id()).stream().map(Registration::eventId).forEach(eventIds::add);
        for (UUID eventId : eventIds) {
            Optional<PlanVersion> plan = plans.findPublished(eventId);
            RegionalEvent event = events.findById(eventId).orElse(null);
            if (plan.isEmpty() || event == null) {
                continue;
            }
            for (Seat seat : plan.get().seats()) {
                if (!seat.actorId().equals(me.id())) {
                    continue;
                }
                TableKey key = new TableKey(eventId, seat.roundId(), seat.tableId());
                TableCircle circle = circle(event, plan.get(), key);
                Optional<TableOutcome> outcome = outcomes.find(eventId, seat.roundId(), seat.tableId());
                result.add(new MyTable(
                        key,
                        event.name(),
                        event.date(),
                        round(event, key).number(),
                        table(event, key).label(),
                        challengeTitle(circle.challengeId()),
                        outcome.isPresent(),
                        outcome.map(TableOutcome::confirmed).orElse(false),
                        circle.mayRecord(me.id())));
            }
        }
        result.sort(Comparator.comparing(MyTable::date)
                .thenComparing(MyTable::eventName)
                .thenComparingInt(MyTable::round));
        return result;
    }

    @RolesAllowed({"PARTICIPANT", "ORGANISER"})
    public OutcomeSheet open(TableKey key) {
        Actor me = me();
        Place place = place(key);
        if (!place.circle().mayRead(me.id())) {
            throw new NotFoundException("table");
        }
        return sheet(
                place,
                me,
                outcomes.find(key.eventId(), key.roundId(), key.tableId()).orElse(null));
    }

    /** The host or secretary writes (or rewrites) the findings and next steps of a draft outcome. */
    @RolesAllowed("PARTICIPANT")
    public OutcomeSheet record(TableKey key, Findings findings, List<StepDraft> drafts) {
        Actor me = me();
        Place place = readable(key, me);
        Optional<TableOutcome> existing = outcomes.find(key.eventId(), key.roundId(), key.tableId());
        Map<UUID, TableStep> before = new HashMap<>();
        existing.ifPresent(o -> o.steps().forEach(s -> before.put(s.id(), s)));
        List<TableStep> steps = new ArrayList<>();
        for (StepDraft d : drafts) {
            StepOwner owner = d.ownerActorId() != null
                    ? StepOwner.person(d.ownerActorId())
                    : d.ownerOrganisation() == null || d.ownerOrganisation().isBlank()
                            ? null
                            : StepOwner.organisation(d.ownerOrganisation());
            TableStep old = d.id() == null ? null : before.get(d.id());
            steps.add(
                    old == null
                            ? TableStep.of(d.what(), owner, d.due(), d.joining())
                            : new TableStep(old.id(), d.what(), owner, d.due(), d.joining(), old.status()));
        }
        TableOutcome outcome = existing.map(o -> o.rewrite(place.circle(), me.id(), findings, steps, clock.today()))
                .orElseGet(() -> TableOutcome.record(place.circle(), me.id(), findings, steps, clock.today()));
        return sheet(place, me, outcomes.save(outcome, editedBy()));
    }

    @RolesAllowed("PARTICIPANT")
    public OutcomeSheet confirm(TableKey key) {
        Actor me = me();
        Place place = readable(key, me);
        TableOutcome outcome = stored(key).confirm(place.circle(), me.id(), clock.now());
        return sheet(place, me, outcomes.save(outcome, editedBy()));
    }

    @RolesAllowed("PARTICIPANT")
    public OutcomeSheet comment(TableKey key, String text) {
        Actor me = me();
        Place place = readable(key, me);
        return sheet(
                place, me, outcomes.save(stored(key).comment(place.circle(), me.id(), text, clock.now()), editedBy()));
    }

    /** Moves one next step on; the owner does, or the host, the secretary, or for an organisation's step an organiser. */
    @RolesAllowed({"PARTICIPANT", "ORGANISER"})
    public OutcomeSheet moveStep(TableKey key, UUID stepId, StepStatus target) {
        Actor me = me();
        Place place = readable(key, me);
        return sheet(
                place, me, outcomes.save(stored(key).moveStep(place.circle(), me.id(), stepId, target), editedBy()));
    }

    /** An organiser of the event names one of the table's seated people its secretary (null: none). */
    @RolesAllowed("ORGANISER")
    public OutcomeSheet nameSecretary(TableKey key, UUID actorId) {
        Actor me = me();
        Place place = place(key);
        if (!place.circle().organisers().contains(me.id())) {
            throw new NotFoundException("table");
        }
        if (actorId != null && !place.circle().seated().contains(actorId)) {
            throw new OutcomeRefused(
                    DomainError.OUTCOME_SECRETARY_NOT_AT_TABLE, "the table secretary must sit at the table");
        }
        outcomes.nameSecretary(key.eventId(), key.roundId(), key.tableId(), actorId);
        return sheet(
                place(key),
                me,
                outcomes.find(key.eventId(), key.roundId(), key.tableId()).orElse(null));
    }

    /** The circle of a table, for services that show outcomes to those who may read them. */
    TableCircle circleOf(TableKey key) {
        return place(key).circle();
    }

    private record Place(RegionalEvent event, TableKey key, TableCircle circle) {}

    private Place readable(TableKey key, Actor me) {
        Place place = place(key);
        if (!place.circle().mayRead(me.id())) {
            throw new NotFoundException("table");
        }
        return place;
    }

    private Place place(TableKey key) {
        RegionalEvent event = events.findById(key.eventId()).orElseThrow(() -> new NotFoundException("table"));
        PlanVersion plan = plans.findPublished(event.id()).orElseThrow(() -> new NotFoundException("table"));
        if (!event.hasRound(key.roundId()) || event.tables().noneMatch(t -> t.id().equals(key.tableId()))) {
            throw new NotFoundException("table");
        }
        return new Place(event, key, circle(event, plan, key));
    }

    private TableCircle circle(RegionalEvent event, PlanVersion plan, TableKey key) {
        Set<UUID> seated = new LinkedHashSet<>();
        UUID challengeId = null;
        for (Seat seat : plan.seats()) {
            if (seat.roundId().equals(key.roundId()) && seat.tableId().equals(key.tableId())) {
                seated.add(seat.actorId());
                challengeId = seat.challengeId();
            }
        }
        UUID host = challengeId == null
                ? null
                : challenges.findById(challengeId).map(Challenge::hostActorId).orElse(null);
        UUID secretary =
                outcomes.secretary(key.eventId(), key.roundId(), key.tableId()).orElse(null);
        return new TableCircle(
                event.id(), key.roundId(), key.tableId(), challengeId, host, secretary, seated, event.organisers());
    }

    private OutcomeSheet sheet(Place place, Actor me, TableOutcome outcome) {
        TableCircle circle = place.circle();
        List<UUID> people = new ArrayList<>(circle.people());
        Set<UUID> mentioned = new LinkedHashSet<>(people);
        if (outcome != null) {
            mentioned.add(outcome.recordedBy());
            outcome.comments().forEach(c -> mentioned.add(c.authorId()));
            outcome.steps().stream()
                    .map(s -> s.owner().actorId())
                    .filter(java.util.Objects::nonNull)
                    .forEach(mentioned::add);
        }
        Map<UUID, String> names = new HashMap<>();
        actors.findByIds(mentioned).forEach(a -> names.put(a.id(), a.name()));
        people.sort(Comparator.comparing(id -> names.getOrDefault(id, "")));
        return new OutcomeSheet(
                place.key(),
                place.event().name(),
                round(place.event(), place.key()).number(),
                table(place.event(), place.key()).label(),
                challengeTitle(circle.challengeId()),
                circle.hostId() == null ? null : names.get(circle.hostId()),
                circle.secretaryId() == null ? null : names.get(circle.secretaryId()),
                circle.secretaryId(),
                List.copyOf(people),
                Map.copyOf(names),
                outcome,
                circle.mayRecord(me.id()) && (outcome == null || !outcome.confirmed()),
                circle.mayConfirm(me.id()) && outcome != null && !outcome.confirmed(),
                circle.mayComment(me.id()) && outcome != null,
                outcome == null
                        ? java.util.Set.of()
                        : outcome.steps().stream()
                                .filter(s -> TableOutcome.mayMove(circle, s, me.id()))
                                .map(TableStep::id)
                                .collect(java.util.stream.Collectors.toSet()),
                circle.organisers().contains(me.id()),
                people.stream().filter(circle.seated()::contains).toList(),
                me.id(),
                clock.today());
    }

    private TableOutcome stored(TableKey key) {
        return outcomes.find(key.eventId(), key.roundId(), key.tableId())
                .orElseThrow(() -> new OutcomeRefused(
                        DomainError.OUTCOME_NOTHING_RECORDED, "nothing is recorded for this table yet"));
    }

    private String challengeTitle(UUID challengeId) {
        return challengeId == null
                ? null
                : challenges.findById(challengeId).map(Challenge::title).orElse(null);
    }

    private static Round round(RegionalEvent event, TableKey key) {
        return event.rounds().stream()
                .filter(r -> r.id().equals(key.roundId()))
                .findFirst()
                .orElseThrow();
    }

    private static RoundTable table(RegionalEvent event, TableKey key) {
        return event.tables()
                .filter(t -> t.id().equals(key.tableId()))
                .findFirst()
                .orElseThrow();
    }

    private Actor me() {
        return currentUser
                .account()
                .flatMap(a -> actors.findByUserAccount(a.id()))
                .orElseThrow(() -> new NotFoundException("table"));
    }

    private String editedBy() {
        return currentUser.account().map(a -> a.username()).orElseThrow();
    }
}
