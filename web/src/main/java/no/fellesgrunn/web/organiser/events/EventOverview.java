package no.fellesgrunn.web.organiser.events;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.fellesgrunn.domain.event.EventStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import org.springframework.stereotype.Service;

/** The organiser's events with their counts and the next thing to do for each. */
@Service
public class EventOverview {
    private final OrganiserEvents organiserEvents;
    private final RegistrationRepository registrations;
    private final PlanRepository plans;
    private final Clock clock;

    public EventOverview(
            OrganiserEvents organiserEvents, RegistrationRepository registrations, PlanRepository plans, Clock clock) {
        this.organiserEvents = organiserEvents;
        this.registrations = registrations;
        this.plans = plans;
        this.clock = clock;
    }

    @RolesAllowed("ORGANISER")
    public List<EventSummary> mine() {
        return organiserEvents.mine().stream().map(this::summary).toList();
    }

    private EventSummary summary(RegionalEvent event) {
        int taking = (int) registrations.findByEvent(event.id()).stream()
                .filter(r -> r.status().isTakingPart())
                .count();
        int seats = event.tables().mapToInt(RoundTable::capacity).sum();
        return new EventSummary(
                event.id(),
                event.name(),
                event.date(),
                event.venue().name(),
                event.status(),
                event.challenges().size(),
                taking,
                seats,
                nextStep(event, taking, seats, plans.latestStatus(event.id()), LocalDate.now(clock)));
    }

    /**
     * The first thing missing, in the order an event is planned: rounds, tables, challenges,
     * opening registration, enough seats, a seating plan, publishing it (again, after changes), the
     * day, following up. Read from the plan itself, not only from the event's status: publishing a
     * plan is what tells participants, whatever status the event was left in.
     */
    static String nextStep(
            RegionalEvent event, int taking, int seats, Optional<PlanStatus> latestPlan, LocalDate today) {
        if (event.status() == EventStatus.CLOSED) {
            return "events.next.none";
        }
        if (event.status() == EventStatus.HELD || event.date().isBefore(today)) {
            return "events.next.followup";
        }
        if (event.rounds().isEmpty()) {
            return "events.next.rounds";
        }
        if (seats == 0) {
            return "events.next.tables";
        }
        if (event.challenges().isEmpty()) {
            return "events.next.challenges";
        }
        if (latestPlan.isEmpty()) {
            if (event.status() == EventStatus.PLANNING) {
                return "events.next.open";
            }
            return taking > seats ? "events.next.seats" : "events.next.schedule";
        }
        if (latestPlan.get() == PlanStatus.DRAFT) {
            return "events.next.publish";
        }
        return "events.next.hold";
    }
}
