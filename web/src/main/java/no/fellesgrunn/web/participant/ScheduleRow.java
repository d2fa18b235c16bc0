package no.fellesgrunn.web.participant;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where I sit in one round.
 *
 * @param challenge  the challenge's title, or null at an open table
 * @param tablemates the others at my table, as they agreed to be shown
 * @param changed    differs from the previously published plan (or is new in it)
 * @param room       null when I registered for the round but have no seat in it
 */
public record ScheduleRow(
        int round,
        LocalDateTime start,
        LocalDateTime end,
        String room,
        String table,
        boolean accessibleTable,
        String challenge,
        List<VisibleProfile> tablemates,
        boolean changed) {

    /** A round I registered for but was given no seat in: said plainly, never left out. */
    public static ScheduleRow unseated(int round, LocalDateTime start, LocalDateTime end, boolean changed) {
        return new ScheduleRow(round, start, end, null, null, false, null, List.of(), changed);
    }

    public boolean seated() {
        return room != null;
    }
}
