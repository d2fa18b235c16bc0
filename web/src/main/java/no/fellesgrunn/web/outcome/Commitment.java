package no.fellesgrunn.web.outcome;

import java.time.LocalDate;
import java.util.UUID;
import no.fellesgrunn.domain.outcome.StepStatus;

/**
 * A next step I own, from a table outcome or a coffee chat.
 *
 * @param table  the table it came from, or null for a coffee chat's step
 * @param chatId the coffee chat it came from, or null for a table's step
 * @param from   where it came from, in words: the event, round, table and challenge, or the chat partner
 */
public record Commitment(
        TableKey table,
        UUID chatId,
        UUID stepId,
        String what,
        LocalDate due,
        StepStatus status,
        boolean overdue,
        String from,
        String joining) {

    public boolean fromTable() {
        return table != null;
    }
}
