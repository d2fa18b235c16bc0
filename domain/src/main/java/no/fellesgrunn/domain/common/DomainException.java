package no.fellesgrunn.domain.common;

/**
 * A rule of the domain was broken. The message is meant for the organiser who caused it: it names
 * the thing and the rule, so the UI and the import report can show it as it is.
 */
public class DomainException extends RuntimeException {
    public DomainException(String message) {
        super(message);
    }
}
