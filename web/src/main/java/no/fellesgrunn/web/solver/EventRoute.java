package no.fellesgrunn.web.solver;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.UUID;

/** Reads the {@code :eventId} of an event page's route; a malformed id is simply no event. */
public final class EventRoute {
    private EventRoute() {}

    public static Optional<UUID> eventId(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get("eventId").map(UUID::fromString);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
