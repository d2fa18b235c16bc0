package no.fellesgrunn.web.solver;

import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.plan.PlanVersion;
import org.slf4j.LoggerFactory;

/**
 * Told when an organiser publishes a seating plan or an event's matches, so participants can be
 * notified. {@code toTell} are the actors whose seats changed since the previous published plan
 * (everyone seated, for the first publication). Called after the publication is stored.
 */
public interface PlanPublishedListener {
    void seatingPublished(UUID eventId, PlanVersion published, List<UUID> toTell);

    void matchesPublished(UUID eventId, List<UUID> matchedActors);

    /** The default: writes a line to the log. */
    PlanPublishedListener LOG_ONLY = new PlanPublishedListener() {
        @Override
        public void seatingPublished(UUID eventId, PlanVersion published, List<UUID> toTell) {
            LoggerFactory.getLogger(PlanPublishedListener.class)
                    .info(
                            "Seating plan version {} of event {} published; {} people to tell",
                            published.number(),
                            eventId,
                            toTell.size());
        }

        @Override
        public void matchesPublished(UUID eventId, List<UUID> matchedActors) {
            LoggerFactory.getLogger(PlanPublishedListener.class)
                    .info("Matches of event {} published to {} people", eventId, matchedActors.size());
        }
    };
}
