package no.fellesgrunn.domain.event;

import java.time.LocalDate;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/** The days, both included, on which actors can register for an event. */
public record RegistrationWindow(LocalDate opens, LocalDate closes) {
    public RegistrationWindow {
        Check.notNull(opens, "registration opens");
        Check.notNull(closes, "registration closes");
        if (closes.isBefore(opens)) {
            throw new DomainException(
                    DomainError.REGISTRATION_CLOSES_BEFORE_OPENS,
                    "registration cannot close (" + closes + ") before it opens (" + opens + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }
}
