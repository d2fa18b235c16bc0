package no.fellesgrunn.domain.event;

import java.time.LocalDateTime;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;

/** One round of round-table work, numbered from 1 in time order; local time at the venue. */
public record Round(UUID id, int number, LocalDateTime start, LocalDateTime end) {
    public Round {
        Check.notNull(id, "round id");
        if (number < 1) {
            throw new DomainException(
                    DomainError.ROUND_NUMBER_INVALID, "round number must be 1 or more, was " + number, number);
        }
        Check.notNull(start, "start of round " + number);
        Check.notNull(end, "end of round " + number);
        if (!end.isAfter(start)) {
            throw new DomainException(
                    DomainError.ROUND_ENDS_BEFORE_START,
                    "round " + number + " must end after it starts (" + start + " to " + end + ")",
                    number);
        }
    }

    public static Round of(int number, LocalDateTime start, LocalDateTime end) {
        return new Round(Ids.newId(), number, start, end);
    }

    public boolean overlaps(Round other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
