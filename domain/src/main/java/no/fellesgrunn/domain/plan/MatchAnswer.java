package no.fellesgrunn.domain.plan;

import java.time.Duration;
import java.time.Instant;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/** What one of the two people says to a published match. */
public enum MatchAnswer {
    ACCEPTED,
    DECLINED;

    /** How long the person who declined may take it back (a tap by mistake, a second thought). */
    public static final Duration UNDO_WINDOW = Duration.ofMinutes(15);

    /**
     * A person may accept after thinking it over, but a decline stands: the pair is never
     * proposed again. It is taken back only by {@link #checkUndo}, never by answering again.
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

    /**
     * Whether a decline may be taken back now: by the person who declined within
     * {@link #UNDO_WINDOW} of declining, or by an organiser of the event at any time (someone who
     * declined by mistake and asks at the door). Refused if there is no decline to take back.
     *
     * @param declinedAt when the decline was given, or null if this person has not declined the match
     */
    public static void checkUndo(Instant declinedAt, Instant now, boolean byOrganiser) {
        if (declinedAt == null) {
            throw new DomainException(DomainError.MATCH_NOT_DECLINED, "there is no decline of this match to take back");
        }
        if (!byOrganiser && now.isAfter(declinedAt.plus(UNDO_WINDOW))) {
            throw new DomainException(
                    DomainError.MATCH_UNDO_TOO_LATE,
                    "a decline can be taken back only within " + UNDO_WINDOW.toMinutes()
                            + " minutes; ask the organisers",
                    UNDO_WINDOW.toMinutes());
        }
    }

    /** Until when the person who declined at {@code declinedAt} may take it back. */
    public static Instant undoUntil(Instant declinedAt) {
        return declinedAt.plus(UNDO_WINDOW);
    }
}
