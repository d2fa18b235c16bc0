package no.fellesgrunn.domain.common;

import java.util.Arrays;
import java.util.List;

/**
 * A rule of the domain was broken. It carries a message code ({@link DomainError}) with typed
 * arguments, which the web layer translates for the reader; the English message is for logs and
 * tests only and is never shown to people.
 */
public class DomainException extends RuntimeException {
    private final DomainError error;
    private final String code;
    private final List<Object> args;

    /**
     * @param error      what rule was broken: the message code people read, translated
     * @param logMessage the same in English, with details, for logs
     * @param args       the code's arguments in order (see the constant's comment); no nulls
     */
    public DomainException(DomainError error, String logMessage, Object... args) {
        super(logMessage);
        this.error = java.util.Objects.requireNonNull(error, "error");
        this.code = error.code();
        this.args = List.copyOf(Arrays.asList(args));
    }

    /**
     * For refusals by layers above the domain, with their own codes (e.g. the web layer's
     * application rules); they are caught and shown like the domain's.
     */
    protected DomainException(String code, String logMessage, Object... args) {
        super(logMessage);
        this.error = null;
        this.code = java.util.Objects.requireNonNull(code, "code");
        this.args = List.copyOf(Arrays.asList(args));
    }

    /** The domain rule, or null for a refusal from a layer above with its own code. */
    public DomainError error() {
        return error;
    }

    /** The message code, a bundle key of the web layer. */
    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
