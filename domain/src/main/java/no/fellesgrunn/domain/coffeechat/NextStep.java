package no.fellesgrunn.domain.coffeechat;

import java.time.LocalDate;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.Ids;

/** What happens next after a conversation, who is responsible, and by when. */
public record NextStep(UUID id, String what, UUID responsibleActorId, LocalDate due, boolean done) {
    public NextStep {
        Check.notNull(id, "next step id");
        what = Check.text(what, "next step", 1000);
        Check.notNull(responsibleActorId, "who is responsible for '" + what + "'");
    }

    public static NextStep of(String what, UUID responsible, LocalDate due) {
        return new NextStep(Ids.newId(), what, responsible, due, false);
    }

    public NextStep markDone() {
        return new NextStep(id, what, responsibleActorId, due, true);
    }
}
