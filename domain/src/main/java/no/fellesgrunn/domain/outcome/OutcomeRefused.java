package no.fellesgrunn.domain.outcome;

import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/**
 * A rule of table outcomes refused an action: one of the {@code OUTCOME_*} codes of
 * {@link DomainError}, translated by the web layer like every other refusal; the message is for logs.
 */
public class OutcomeRefused extends DomainException {
    public OutcomeRefused(DomainError error, String logMessage, Object... arguments) {
        super(error, logMessage, arguments);
    }
}
