package no.fellesgrunn.domain.plan;

import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.DomainError;

/** What one of the two people says to a published match. */
public enum MatchAnswer {
    ACCEPTED, DECLINED;

    /**
     * A person may accept after thinking it over, but a decline is final: the pair is never
     * proposed again, so taking it back would promise something the solver will not do.
     */
    public static MatchAnswer change(MatchAnswer current, MatchAnswer next) {
        if (next == null) {
            throw new DomainException(DomainError.MATCH_ANSWER_MISSING, "say whether you accept or decline the match");
        }
        if (current == DECLINED && next != DECLINED) {
            throw new DomainException(DomainError.MATCH_DECLINED_IS_FINAL, "a declined match cannot be accepted again");
        }
        return next;
    }
}
