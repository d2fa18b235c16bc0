package no.fellesgrunn.domain.outcome;

import java.time.LocalDate;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.common.IllegalTransitionException;

/**
 * A next step a round table proposes: what, who owns it, by when, who else wants to join, and
 * where it stands. Like a coffee chat's next step, it cannot exist without an owner and a due date.
 *
 * @param joining who else wants to join, in words (people or organisations), or null
 */
public record TableStep(UUID id, String what, StepOwner owner, LocalDate due, String joining, StepStatus status) {
    public TableStep {
        Check.notNull(id, "next step id");
        what = Check.text(what, "next step", 1000);
        if (owner == null) {
            throw new OutcomeRefused(DomainError.OUTCOME_OWNER, "next step '" + what + "' needs an owner", what);
        }
        if (due == null) {
            throw new OutcomeRefused(DomainError.OUTCOME_DUE, "next step '" + what + "' needs a due date", what);
        }
        joining = Check.optionalText(joining, "who else joins", 500);
        Check.notNull(status, "status");
    }

    public static TableStep of(String what, StepOwner owner, LocalDate due, String joining) {
        return new TableStep(Ids.newId(), what, owner, due, joining, StepStatus.NOT_STARTED);
    }

    public TableStep moveTo(StepStatus target) {
        if (!status.next().contains(target)) {
            throw new IllegalTransitionException("next step", status, target, status.next());
        }
        return new TableStep(id, what, owner, due, joining, target);
    }

    /** Overdue: still open and its due date has passed. */
    public boolean overdue(LocalDate today) {
        return status.open() && due.isBefore(today);
    }
}
