package no.fellesgrunn.domain.organisation;

import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/**
 * A Norwegian organisation number (organisasjonsnummer) from the Central Coordinating Register:
 * nine digits, the last a modulus-11 check digit with weights 3 2 7 6 5 4 3 2.
 */
public record OrganisationNumber(String value) {
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrganisationNumber {
        String problem = problemWith(value);
        if (problem != null) {
            throw new DomainException(DomainError.ORGANISATION_NUMBER_INVALID, problem, String.valueOf(value));
        }
    }

    /** Accepts the usual spellings "974 760 673" and "974760673". */
    public static OrganisationNumber parse(String text) {
        return new OrganisationNumber(
                text == null ? null : text.replace(" ", "").strip());
    }

    /** Why the value is not a valid organisation number, or null if it is. */
    public static String problemWith(String value) {
        if (value == null || !value.matches("\\d{9}")) {
            return "organisation number must be exactly 9 digits, was '" + value + "'";
        }
        Integer check = checkDigit(value.substring(0, 8));
        if (check == null || check != value.charAt(8) - '0') {
            return "organisation number " + value + " has a wrong check digit (modulus 11)";
        }
        return null;
    }

    /** The check digit for the first eight digits, or null when none exists (remainder 1). */
    public static Integer checkDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return 0;
        }
        if (remainder == 1) {
            return null;
        }
        return 11 - remainder;
    }

    @Override
    public String toString() {
        return value;
    }
}
