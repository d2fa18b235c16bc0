package no.fellesgrunn.domain.outcome;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The reminders a next step's owner gets: one a week before the due date, one when the step is
 * overdue. Only open steps owned by a person are reminded (an organisation has no address here).
 */
public enum Reminder {
    WEEK_BEFORE,
    OVERDUE;

    public static final int DAYS_BEFORE = 7;

    /** The reminder the step is due for today, if any; whether it was already sent is the caller's {@link ReminderLog}. */
    public static Optional<Reminder> due(TableStep step, LocalDate today) {
        if (step.owner().actorId() == null) {
            return Optional.empty();
        }
        return due(step.due(), step.status().open(), today);
    }

    /**
     * The reminder due today for any next step (a table's or a coffee chat's) with this due date,
     * if it is still open; a step without a due date is never reminded.
     */
    public static Optional<Reminder> due(LocalDate due, boolean open, LocalDate today) {
        if (!open || due == null) {
            return Optional.empty();
        }
        if (due.isBefore(today)) {
            return Optional.of(OVERDUE);
        }
        if (!today.isBefore(due.minusDays(DAYS_BEFORE))) {
            return Optional.of(WEEK_BEFORE);
        }
        return Optional.empty();
    }
}
