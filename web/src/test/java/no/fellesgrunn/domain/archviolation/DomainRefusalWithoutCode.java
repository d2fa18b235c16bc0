package no.fellesgrunn.domain.archviolation;

import no.fellesgrunn.domain.common.DomainException;

/** Breaks the rule on purpose: a domain refusal with a made-up code instead of a DomainError. Used only by ArchitectureTest. */
public class DomainRefusalWithoutCode extends DomainException {
    public DomainRefusalWithoutCode() {
        super("not.a.domain.error", "something went wrong");
    }
}
