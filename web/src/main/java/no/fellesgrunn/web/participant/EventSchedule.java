package no.fellesgrunn.web.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * My schedule at one event, from its latest published plan.
 *
 * @param changedSincePrevious there was an earlier published plan and something of mine changed
 * @param organisers           whom to contact, as they agreed to be shown (for a round without a seat)
 */
public record EventSchedule(
        UUID eventId,
        String eventName,
        LocalDate date,
        String venue,
        int planNumber,
        Instant publishedAt,
        List<ScheduleRow> rows,
        boolean changedSincePrevious,
        List<VisibleProfile> organisers) {

    /** Some round I registered for has no seat for me. */
    public boolean unseatedSomewhere() {
        return rows.stream().anyMatch(row -> !row.seated());
    }
}
