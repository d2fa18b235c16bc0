package no.fellesgrunn.domain.coffeechat;

import java.time.LocalDate;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;

/** What happens next after a conversation, who is responsible, and by when. */
public record NextStep(UUID id, String what, UUID responsibleActorId, LocalDate due, boolean done) {
    public NextStep {
        Check.notNull(id, "next step id");
        what = Check.text(what, "next step", 1000);
        Check.notNull(responsibleActorId, "who is responsible for '" + what + "'");
    }

    /** A new next step: what, who is responsible, and by when (the method's "who does what by when"). */
    public static NextStep of(String what, UUID responsible, LocalDate due) {
        NextStep step = new NextStep(Ids.newId(), what, responsible, due, false);
        if (due == null) {
            throw new DomainException(
                    DomainError.NEXT_STEP_DUE_REQUIRED,
                    "next step '" + step.what() + "' needs a due date",
                    step.what());
        }
        return step;
    }

    public NextStep markDone() {
        return new NextStep(id, what, responsibleActorId, due, true);
    }
}
