package no.fellesgrunn.domain.outcome;

import java.util.Arrays;
import no.fellesgrunn.domain.common.DomainException;

/**
 * A rule of table outcomes refused an action. {@link #code()} names the rule (the web layer
 * translates {@code outcome.refused.<code>} with {@link #arguments()}); the message is for logs.
 */
public class OutcomeRefused extends DomainException {
    private final String code;
    private final transient Object[] arguments;

    public OutcomeRefused(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
