package no.fellesgrunn.domain.reference;

import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/** One of the 17 UN Sustainable Development Goals that a theme can serve. */
public record SdgGoal(int number, String nameNb, String nameEn) {
    public SdgGoal {
        if (number < 1 || number > 17) {
            throw new DomainException(
                    DomainError.SDG_GOAL_NUMBER_INVALID, "UN goal number must be 1 to 17, was " + number, number);
        }
        nameNb = Check.text(nameNb, "UN goal name (nb)", 200);
        nameEn = Check.text(nameEn, "UN goal name (en)", 200);
    }
}
