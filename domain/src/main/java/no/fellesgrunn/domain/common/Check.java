package no.fellesgrunn.domain.common;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Small guards for constructors, so that every invariant failure has the same clear shape. */
public final class Check {
    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{2}");

    private Check() {}

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new DomainException(DomainError.REQUIRED, field + " is required");
        }
        return value;
    }

    /**
     * Trims the text and refuses blank or overlong values, and text no one could read back as
     * typed: control characters other than tab and line breaks (a NUL cannot even be stored), half
     * of a surrogate pair (it would be stored as "?"), and text with no visible character at all
     * (only spaces, zero-width or other format characters).
     */
    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainError.REQUIRED, field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new DomainException(
                    DomainError.TEXT_TOO_LONG, field + " is longer than " + maxLength + " characters", maxLength);
        }
        boolean visible = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < trimmed.length()
                    && Character.isLowSurrogate(trimmed.charAt(i + 1))) {
                visible = true;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new DomainException(
                        DomainError.TEXT_BROKEN_CHARACTER,
                        field + " contains a broken character (half of a surrogate pair) at position " + (i + 1),
                        i + 1);
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new DomainException(
                        DomainError.TEXT_CONTROL_CHARACTER,
                        field + " contains a control character (U+" + String.format("%04X", (int) c) + ") at position "
                                + (i + 1),
                        i + 1);
            } else if (!Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT) {
                visible = true;
            }
        }
        if (!visible) {
            throw new DomainException(DomainError.TEXT_INVISIBLE, field + " has no visible characters");
        }
        return trimmed;
    }

    /** Like {@link #text} but null or blank become null. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, maxLength);
    }

    public static String municipalityNumber(String value, String field) {
        if (value == null || !MUNICIPALITY_NUMBER.matcher(value).matches()) {
            throw new DomainException(
                    DomainError.MUNICIPALITY_NUMBER_INVALID,
                    field + " must be a four-digit municipality number, was '" + value + "'",
                    String.valueOf(value));
        }
        return value;
    }

    public static String countyCode(String value, String field) {
        if (value == null || !COUNTY_CODE.matcher(value).matches()) {
            throw new DomainException(
                    DomainError.COUNTY_NUMBER_INVALID,
                    field + " must be a two-digit county number, was '" + value + "'",
                    String.valueOf(value));
        }
        return value;
    }

    public static int version(int version) {
        if (version < 0) {
            throw new DomainException(DomainError.VERSION_NEGATIVE, "version cannot be negative");
        }
        return version;
    }

    public static <T> Set<T> set(Collection<T> values, String field) {
        notNull(values, field);
        for (T v : values) {
            notNull(v, field + " element");
        }
        return Set.copyOf(values);
    }

    public static <T> List<T> list(Collection<T> values, String field) {
        notNull(values, field);
        for (T v : values) {
            notNull(v, field + " element");
        }
        return List.copyOf(values);
    }
}
