package no.fellesgrunn.web.i18n;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;

/**
 * Dates and times as a reader in Norway reads them, in the reader's language, with ICU's month
 * names: bokmål and nynorsk "14. mai 2027 kl. 09.30" (the Norwegian standard writes the clock with
 * a full stop), English "14 May 2027, 09:30". Instants are shown in Europe/Oslo time; local dates
 * and times are taken as already being Oslo time (events and chats are planned in local time).
 * Never an ISO or UTC timestamp.
 */
public final class Formats {
    /** The time zone of every event and every reader. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final TimeZone ICU_OSLO = TimeZone.getTimeZone("Europe/Oslo");

    private Formats() {}

    /** "14. mai 2027" / "14 May 2027". */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : format(norwegian(locale) ? "d. MMMM y" : "d MMMM y", date.atStartOfDay(), locale);
    }

    /** "09.30" / "09:30". */
    public static String time(LocalTime time, Locale locale) {
        return time == null
                ? ""
                : format(
                        norwegian(locale) ? "HH.mm" : "HH:mm",
                        LocalDate.of(2000, 1, 1).atTime(time),
                        locale);
    }

    /** "09.30" / "09:30" for the clock part of a local date and time. */
    public static String time(LocalDateTime time, Locale locale) {
        return time == null ? "" : time(time.toLocalTime(), locale);
    }

    /** "14. mai 2027 kl. 09.30" / "14 May 2027, 09:30". */
    public static String dateTime(LocalDateTime time, Locale locale) {
        return time == null
                ? ""
                : format(norwegian(locale) ? "d. MMMM y 'kl.' HH.mm" : "d MMMM y, HH:mm", time, locale);
    }

    /** An instant as Oslo's local date and time. */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : dateTime(LocalDateTime.ofInstant(instant, OSLO), locale);
    }

    /**
     * Any date or time value as text for a message argument; other values unchanged. The
     * translation path runs every argument through this, so no java.time value ever reaches a
     * message as its ISO form.
     */
    public static Object argument(Object value, Locale locale) {
        if (value instanceof Instant instant) {
            return dateTime(instant, locale);
        } else if (value instanceof ZonedDateTime zoned) {
            return dateTime(zoned.toInstant(), locale);
        } else if (value instanceof OffsetDateTime offset) {
            return dateTime(offset.toInstant(), locale);
        } else if (value instanceof LocalDateTime local) {
            return dateTime(local, locale);
        } else if (value instanceof LocalDate date) {
            return date(date, locale);
        } else if (value instanceof LocalTime time) {
            return time(time, locale);
        } else if (value instanceof Date date) {
            return dateTime(date.toInstant(), locale);
        }
        return value;
    }

    private static boolean norwegian(Locale locale) {
        return !FellesgrunnI18NProvider.ENGLISH.equals(FellesgrunnI18NProvider.supported(locale));
    }

    private static String format(String pattern, LocalDateTime local, Locale locale) {
        SimpleDateFormat format =
                new SimpleDateFormat(pattern, ULocale.forLocale(FellesgrunnI18NProvider.supported(locale)));
        format.setTimeZone(ICU_OSLO);
        return format.format(Date.from(local.atZone(OSLO).toInstant()));
    }
}
