package no.fellesgrunn.domain.challenge;

import java.time.Instant;
import no.fellesgrunn.domain.common.Check;

/** One step in a challenge's history: who moved it from what to what, and when. */
public record StatusChange(ChallengeStatus from, ChallengeStatus to, Instant at, String by) {
    public StatusChange {
        Check.notNull(to, "new status");
        Check.notNull(at, "time of status change");
        by = Check.text(by, "who changed the status", 200);
    }
}
