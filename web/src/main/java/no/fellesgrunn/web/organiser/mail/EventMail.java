package no.fellesgrunn.web.organiser.mail;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.infra.mail.JdbcEventMailLog;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import org.springframework.stereotype.Service;

/** The mail an event's publications sent, for the event's organisers only. */
@Service
public class EventMail {
    private final OrganiserEvents organiserEvents;
    private final JdbcEventMailLog log;

    public EventMail(OrganiserEvents organiserEvents, JdbcEventMailLog log) {
        this.organiserEvents = organiserEvents;
        this.log = log;
    }

    /** Newest first: each publication with its recipients and whether their mail went. */
    @RolesAllowed("ORGANISER")
    public List<JdbcEventMailLog.Entry> sent(UUID eventId) {
        organiserEvents.open(eventId);
        return log.ofEvent(eventId);
    }
}
