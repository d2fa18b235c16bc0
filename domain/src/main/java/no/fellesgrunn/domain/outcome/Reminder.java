package no.fellesgrunn.domain.outcome;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The reminders a next step's owner gets: one a week before the due date, one when the step is
 * overdue. Only open steps owned by a person are reminded (an organisation has no address here).
 */
public enum Reminder {
    WEEK_BEFORE, OVERDUE;

    public static final int DAYS_BEFORE = 7;

    /** The reminder the step is due for today, if any; whether it was already sent is the caller's {@link ReminderLog}. */
    public static Optional<Reminder> due(TableStep step, LocalDate today) {
        if (!step.status().open() || step.owner().actorId() == null) {
            return Optional.empty();
        }
        if (step.due().isBefore(today)) {
            return Optional.of(OVERDUE);
        }
        if (!today.isBefore(step.due().minusDays(DAYS_BEFORE))) {
            return Optional.of(WEEK_BEFORE);
        }
        return Optional.empty();
    }
}
