package no.fellesgrunn.domain.reference;

import no.fellesgrunn.domain.common.Check;

/** A county (fylke), identified by its two-digit number. */
public record County(String code, String name) {
    public County {
        Check.countyCode(code, "county number");
        name = Check.text(name, "county name", 100);
    }
}
