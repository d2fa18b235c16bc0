package no.fellesgrunn.web.participant;

import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.web.solver.PlanPublishedListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When organisers publish, participants hear of it: new matches, or a schedule (with its calendar
 * file) for everyone whose seats are new or changed. The publication is already stored when this
 * runs, so a mail server that is down is logged and never undoes a publication.
 */
@Component
class ParticipantPlanListener implements PlanPublishedListener {
    private static final Logger log = LoggerFactory.getLogger(ParticipantPlanListener.class);
    private final ParticipantNotifications notifications;

    ParticipantPlanListener(ParticipantNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void seatingPublished(UUID eventId, PlanVersion published, List<UUID> toTell) {
        try {
            int sent = notifications.schedulePublished(eventId);
            log.info(
                    "Seating plan version {} of event {} published; {} participants told",
                    published.number(),
                    eventId,
                    sent);
        } catch (RuntimeException e) {
            log.error("Seating plan of event {} is published, but telling participants failed", eventId, e);
        }
    }

    @Override
    public void matchesPublished(UUID eventId, List<UUID> matchedActors) {
        try {
            int sent = notifications.matchesPublished(eventId);
            log.info("Matches of event {} published; {} participants told", eventId, sent);
        } catch (RuntimeException e) {
            log.error("Matches of event {} are published, but telling participants failed", eventId, e);
        }
    }
}
