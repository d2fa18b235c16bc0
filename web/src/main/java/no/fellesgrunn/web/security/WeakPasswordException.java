package no.fellesgrunn.web.security;

import java.util.Arrays;
import no.fellesgrunn.domain.common.DomainException;

/** A password {@link PasswordPolicy} refuses; {@link #messageKey()} names the translated reason. */
public class WeakPasswordException extends DomainException {
    private final String messageKey;
    private final transient Object[] arguments;

    public WeakPasswordException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
