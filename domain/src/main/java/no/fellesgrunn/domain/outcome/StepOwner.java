package no.fellesgrunn.domain.outcome;

import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;

/** Who is responsible for a next step: a participant at the table, or an organisation named in words. */
public record StepOwner(UUID actorId, String organisation) {
    public StepOwner {
        organisation = Check.optionalText(organisation, "owning organisation", 200);
        if ((actorId == null) == (organisation == null)) {
            throw new OutcomeRefused(
                    DomainError.OUTCOME_OWNER, "a next step is owned by one participant or one organisation");
        }
    }

    public static StepOwner person(UUID actorId) {
        return new StepOwner(actorId, null);
    }

    public static StepOwner organisation(String name) {
        return new StepOwner(null, name);
    }

    public boolean isPerson(UUID actor) {
        return actorId != null && actorId.equals(actor);
    }
}
