package no.fellesgrunn.web.organiser.followup;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.web.outcome.TableKey;

/**
 * One line of the follow-up board: a next step of a table's outcome with where it came from, or
 * (when the table proposed none) the table's outcome alone, with the step fields null.
 */
public record BoardRow(
        UUID challengeId,
        String challenge,
        String municipalityNumber,
        String municipality,
        String countyCode,
        String county,
        Set<String> themes,
        String event,
        LocalDate eventDate,
        int round,
        String table,
        TableKey key,
        boolean confirmed,
        String commonThird,
        UUID stepId,
        String what,
        String owner,
        LocalDate due,
        StepStatus status,
        boolean overdue) {

    public boolean hasStep() {
        return stepId != null;
    }
}
