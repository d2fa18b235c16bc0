package no.fellesgrunn.domain.actor;

import java.util.Locale;
import java.util.regex.Pattern;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/**
 * An e-mail address, normalised (trimmed, lower case) because it is how an actor is recognised
 * again: in imports, and when a user account is linked to an actor.
 */
public record Email(String value) {
    // Deliberately plain: one '@', a dot in the domain, no spaces. Delivery is the real test.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainError.EMAIL_REQUIRED, "e-mail is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new DomainException(DomainError.EMAIL_INVALID, "'" + value + "' is not an e-mail address", value);
        }
    }

    public static Email of(String text) {
        return new Email(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
