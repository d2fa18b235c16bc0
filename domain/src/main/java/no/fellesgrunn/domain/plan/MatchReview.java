package no.fellesgrunn.domain.plan;

import java.time.Instant;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;

/**
 * The organiser's decision about one match, with optimistic locking: version 0 means nobody has
 * decided yet (the match is {@link MatchDecision#PROPOSED}).
 */
public record MatchReview(UUID matchId, MatchDecision decision, String decidedBy, Instant decidedAt, int version) {
    public MatchReview {
        Check.notNull(matchId, "match");
        Check.notNull(decision, "decision");
        Check.version(version);
    }

    /** A match nobody has reviewed yet. */
    public static MatchReview proposed(UUID matchId) {
        return new MatchReview(matchId, MatchDecision.PROPOSED, null, null, 0);
    }

    public MatchReview decide(MatchDecision newDecision, String by, Instant at) {
        return new MatchReview(matchId, newDecision, Check.text(by, "decided by", 200), at, version);
    }
}
