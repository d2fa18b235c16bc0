package no.fellesgrunn.domain.event;

import no.fellesgrunn.domain.common.Check;

/** Where the event takes place. Neutral ground is preferred: a library, a culture house. */
public record Venue(String name, String address, String municipalityNumber) {
    public Venue {
        name = Check.text(name, "venue name", 200);
        address = Check.optionalText(address, "venue address", 300);
        Check.municipalityNumber(municipalityNumber, "venue municipality");
    }
}
