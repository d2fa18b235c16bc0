package no.fellesgrunn.domain.common;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Small guards for constructors, so that every invariant failure has the same clear shape. */
public final class Check {
    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{2}");

    private Check() {
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new DomainException(field + " is required");
        }
        return value;
    }

    /** Trims the text and refuses blank or overlong values. */
    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new DomainException(field + " is longer than " + maxLength + " characters");
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
            throw new DomainException(field + " must be a four-digit municipality number, was '" + value + "'");
        }
        return value;
    }

    public static String countyCode(String value, String field) {
        if (value == null || !COUNTY_CODE.matcher(value).matches()) {
            throw new DomainException(field + " must be a two-digit county number, was '" + value + "'");
        }
        return value;
    }

    public static int version(int version) {
        if (version < 0) {
            throw new DomainException("version cannot be negative");
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
