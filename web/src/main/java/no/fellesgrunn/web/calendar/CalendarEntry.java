package no.fellesgrunn.web.calendar;

import java.time.LocalDateTime;

/**
 * One thing in a participant's calendar: a round at a table, or an agreed coffee chat. Times are
 * wall-clock times at the venue, in Norway.
 *
 * @param uid stays the same for the same round or chat, so a calendar updates the entry instead of adding another
 */
public record CalendarEntry(
        String uid, LocalDateTime start, LocalDateTime end, String summary, String location, String description) {}
