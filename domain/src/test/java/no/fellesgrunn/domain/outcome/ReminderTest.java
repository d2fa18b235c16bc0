package no.fellesgrunn.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderTest {
    private static final LocalDate DUE = LocalDate.of(2027, 6, 15);

    private static TableStep step(StepOwner owner, StepStatus status) {
        return new TableStep(UUID.randomUUID(), "Ringe", owner, DUE, null, status);
    }

    @Test
    void aWeekBeforeTheDueDateAndAfterItOnlyForOpenStepsOfAPerson() {
        TableStep open = step(StepOwner.person(UUID.randomUUID()), StepStatus.NOT_STARTED);
        assertThat(Reminder.due(open, DUE.minusDays(8))).isEmpty();
        assertThat(Reminder.due(open, DUE.minusDays(7))).contains(Reminder.WEEK_BEFORE);
        assertThat(Reminder.due(open, DUE)).contains(Reminder.WEEK_BEFORE);
        assertThat(Reminder.due(open, DUE.plusDays(1))).contains(Reminder.OVERDUE);
        assertThat(Reminder.due(step(StepOwner.person(UUID.randomUUID()), StepStatus.UNDER_WAY), DUE.plusDays(1)))
                .contains(Reminder.OVERDUE);
        assertThat(Reminder.due(step(StepOwner.person(UUID.randomUUID()), StepStatus.DONE), DUE.plusDays(1)))
                .isEmpty();
        assertThat(Reminder.due(step(StepOwner.person(UUID.randomUUID()), StepStatus.DROPPED), DUE))
                .isEmpty();
        assertThat(Reminder.due(step(StepOwner.organisation("Bodø kommune"), StepStatus.NOT_STARTED), DUE.plusDays(1)))
                .isEmpty();
    }
}
