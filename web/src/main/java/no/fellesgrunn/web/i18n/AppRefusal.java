package no.fellesgrunn.web.i18n;

import no.fellesgrunn.domain.common.DomainException;

/**
 * An application service refuses a request (an {@link AppError} code with arguments). It is a
 * {@link DomainException}, so the views catch and show it like a broken domain rule, through
 * {@link DomainMessages}; the English message is for logs only.
 */
public class AppRefusal extends DomainException {
    public AppRefusal(AppError error, String logMessage, Object... args) {
        super(error.code(), logMessage, args);
    }
}
