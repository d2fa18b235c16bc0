package no.fellesgrunn.domain.outcome;

import java.time.Instant;
import java.util.UUID;

/** Port: which reminders were sent, so each is sent once, whichever node runs the job. */
public interface ReminderLog {
    /** Claims the reminder for this step; true only for the first claim ever. */
    boolean claim(UUID stepId, Reminder reminder, Instant at);
}
