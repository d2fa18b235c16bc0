package no.fellesgrunn.domain.reference;

import no.fellesgrunn.domain.common.Check;

/** A municipality (kommune) with its four-digit number and Norwegian name. */
public record Municipality(String number, String name) {
    public Municipality {
        Check.municipalityNumber(number, "municipality number");
        name = Check.text(name, "municipality name", 100);
    }

    /** The county is the first two digits of the municipality number. */
    public String countyCode() {
        return countyCodeOf(number);
    }

    public static String countyCodeOf(String municipalityNumber) {
        return Check.municipalityNumber(municipalityNumber, "municipality number")
                .substring(0, 2);
    }
}
