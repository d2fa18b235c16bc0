package no.fellesgrunn.domain.common;

import java.util.UUID;

/** Identifiers are made in the domain, so an aggregate has its id before it is stored. */
public final class Ids {
    private Ids() {}

    public static UUID newId() {
        return UUID.randomUUID();
    }
}
