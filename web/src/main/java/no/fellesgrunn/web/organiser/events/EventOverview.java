package no.fellesgrunn.web.organiser.events;

import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import org.springframework.stereotype.Service;

/** The organiser's events with their counts and the next thing to do for each. */
@Service
public class EventOverview {
    private final OrganiserEvents organiserEvents;
    private final RegistrationRepository registrations;

    public EventOverview(OrganiserEvents organiserEvents, RegistrationRepository registrations) {
        this.organiserEvents = organiserEvents;
        this.registrations = registrations;
    }

    @RolesAllowed("ORGANISER")
    public List<EventSummary> mine() {
        return organiserEvents.mine().stream().map(this::summary).toList();
    }

    private EventSummary summary(RegionalEvent event) {
        int taking = (int) registrations.findByEvent(event.id()).stream().filter(r -> r.status().isTakingPart()).count();
        int seats = event.tables().mapToInt(RoundTable::capacity).sum();
        return new EventSummary(event.id(), event.name(), event.date(), event.venue().name(), event.status(),
                event.challenges().size(), taking, seats, nextStep(event, taking, seats));
    }

    /**
     * The first thing missing, in the order an event is planned: rounds, tables, challenges,
     * opening registration, enough seats, scheduling, publishing, the day, following up.
     */
    static String nextStep(RegionalEvent event, int taking, int seats) {
        if (event.rounds().isEmpty()) {
            return "events.next.rounds";
        }
        if (seats == 0) {
            return "events.next.tables";
        }
        if (event.challenges().isEmpty()) {
            return "events.next.challenges";
        }
        return switch (event.status()) {
            case PLANNING -> "events.next.open";
            case REGISTRATION_OPEN -> taking > seats ? "events.next.seats" : "events.next.schedule";
            case SCHEDULED -> "events.next.publish";
            case PUBLISHED -> "events.next.hold";
            case HELD -> "events.next.followup";
            case CLOSED -> "events.next.none";
        };
    }
}
