package no.fellesgrunn.web.organiser.checkin;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import no.fellesgrunn.web.solver.SchedulingJobs;
import org.springframework.stereotype.Service;

/**
 * The door on the day: a check-in list per room, from the published plan, where the organiser
 * marks who has come and who did not come. Whoever has not come is cancelled the way "Meld fra om
 * en endring" does it, so a running re-plan frees their seats.
 */
@Service
public class CheckIn {
    private final OrganiserEvents organiserEvents;
    private final PlanRepository plans;
    private final RegistrationRepository registrations;
    private final ActorRepository actors;
    private final SchedulingJobs schedulingJobs;
    private final CurrentUser currentUser;

    public CheckIn(
            OrganiserEvents organiserEvents,
            PlanRepository plans,
            RegistrationRepository registrations,
            ActorRepository actors,
            SchedulingJobs schedulingJobs,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.organiserEvents = organiserEvents;
        this.plans = plans;
        this.registrations = registrations;
        this.actors = actors;
        this.schedulingJobs = schedulingJobs;
    }

    /** One person at the door: where they sit first, and whether they have come. */
    public record Arrival(UUID actorId, String name, String table, int firstRound, RegistrationStatus status) {
        public boolean arrived() {
            return status == RegistrationStatus.ATTENDED;
        }
    }

    /** The people whose first seat of the day is in this room, by name. */
    public record RoomList(String room, List<Arrival> people) {
        public long arrived() {
            return people.stream().filter(Arrival::arrived).count();
        }
    }

    /** Per room, from the published plan; empty when no plan is published yet. */
    @RolesAllowed("ORGANISER")
    public Optional<List<RoomList>> lists(UUID eventId) {
        RegionalEvent event = organiserEvents.open(eventId);
        Optional<PlanVersion> published = plans.findPublished(eventId);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Integer> roundNumbers = new HashMap<>();
        event.rounds().forEach(r -> roundNumbers.put(r.id(), r.number()));
        Map<UUID, Room> roomOf = event.roomOfTable();
        Map<UUID, RoundTable> tables =
                event.tables().collect(java.util.stream.Collectors.toMap(RoundTable::id, t -> t));
        Map<UUID, Registration> byActor = new HashMap<>();
        registrations.findByEvent(eventId).forEach(r -> byActor.put(r.actorId(), r));
        Map<UUID, Seat> firstSeat = new HashMap<>();
        for (Seat seat : published.get().seats()) {
            firstSeat.merge(
                    seat.actorId(),
                    seat,
                    (a, b) -> roundNumbers.getOrDefault(a.roundId(), 0) <= roundNumbers.getOrDefault(b.roundId(), 0)
                            ? a
                            : b);
        }
        Map<UUID, String> names = new HashMap<>();
        actors.findByIds(firstSeat.keySet()).forEach(a -> names.put(a.id(), a.name()));
        Map<Room, List<Arrival>> lists = new LinkedHashMap<>();
        event.rooms().forEach(room -> lists.put(room, new ArrayList<>()));
        firstSeat.values().forEach(seat -> {
            Registration registration = byActor.get(seat.actorId());
            // A seat at a table the event no longer has (removed after publishing) has no room to list it in.
            if (registration != null && registration.status().isTakingPart() && roomOf.containsKey(seat.tableId())) {
                lists.get(roomOf.get(seat.tableId()))
                        .add(new Arrival(
                                seat.actorId(),
                                names.getOrDefault(seat.actorId(), ""),
                                tables.get(seat.tableId()).label(),
                                roundNumbers.getOrDefault(seat.roundId(), 0),
                                registration.status()));
            }
        });
        return Optional.of(lists.entrySet().stream()
                .map(e -> new RoomList(
                        e.getKey().name(),
                        e.getValue().stream()
                                .sorted(Comparator.comparing(Arrival::name))
                                .toList()))
                .toList());
    }

    /** The person has come. */
    @RolesAllowed("ORGANISER")
    public void arrived(UUID eventId, UUID actorId) {
        organiserEvents.open(eventId);
        Registration registration = registrations
                .findByEventAndActor(eventId, actorId)
                .orElseThrow(
                        () -> new org.springframework.security.access.AccessDeniedException("no such registration"));
        registrations.save(
                registration.moveTo(RegistrationStatus.ATTENDED),
                currentUser.account().map(a -> a.username()).orElseThrow());
    }

    /** The person did not come: cancelled, and a running re-plan frees their seats. */
    @RolesAllowed("ORGANISER")
    public boolean didNotCome(UUID eventId, UUID actorId) {
        return schedulingJobs.participantCancelled(eventId, actorId);
    }
}
