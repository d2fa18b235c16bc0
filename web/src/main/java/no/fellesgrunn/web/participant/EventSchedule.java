package no.fellesgrunn.web.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * My schedule at one event, from its latest published plan.
 *
 * @param changedSincePrevious there was an earlier published plan and something of mine changed
 */
public record EventSchedule(UUID eventId, String eventName, LocalDate date, String venue, int planNumber,
                            Instant publishedAt, List<ScheduleRow> rows, boolean changedSincePrevious) {
}
