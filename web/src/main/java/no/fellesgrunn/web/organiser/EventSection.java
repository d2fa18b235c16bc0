package no.fellesgrunn.web.organiser;

import java.util.UUID;

/**
 * The pages of one event in the organiser workspace, in the order an organiser works through
 * them. Each page lives at {@code organiser/events/{eventId}/{path}}.
 */
public enum EventSection {
    DETAILS("details"),
    CHALLENGES("challenges"),
    PARTICIPANTS("participants"),
    MATCHING("matching"),
    SEATING("seating"),
    OUTPUTS("outputs"),
    CHECKIN("checkin"),
    MAIL("mail"),
    DASHBOARD("dashboard");

    private final String path;

    EventSection(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String href(UUID eventId) {
        return "organiser/events/" + eventId + "/" + path;
    }

    /** Translation key of the section's name, e.g. {@code event.section.seating}. */
    public String titleKey() {
        return "event.section." + path;
    }
}
