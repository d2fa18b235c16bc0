package no.fellesgrunn.web.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE whose TZID is the zone's own id, built from java.time's rules. iCal4j's registry
 * answers Europe/Oslo with its Europe/Berlin definition (an alias), and a file whose events say
 * TZID=Europe/Oslo but whose only VTIMEZONE is Europe/Berlin leaves calendar programs with
 * floating times. The zone's current yearly rules (Europe/Oslo: the EU rules, in force since 1996)
 * become one STANDARD and one DAYLIGHT observance with RRULEs, the form calendar programs and
 * iCal4j read best (iCal4j misreads observances given as single dates).
 */
final class VTimeZones {
    private VTimeZones() {}

    /**
     * A VTIMEZONE that is right for every time from the start of {@code fromYear} on.
     *
     * @throws IllegalArgumentException for a zone whose yearly rules changed after {@code fromYear - 1}
     *                                  or cannot be said as RRULEs (never so for Europe/Oslo after 1996)
     */
    static VTimeZone of(ZoneId zone, int fromYear) {
        ZoneRules rules = zone.getRules();
        // One year earlier, so that the observance in force on 1 January has begun already.
        int firstYear = fromYear - 1;
        Instant from =
                LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        List<ZoneOffsetTransition> fixed = rules.getTransitions();
        ZoneOffset offset = rules.getOffset(from);
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        if (yearly.isEmpty() && rules.nextTransition(from) == null) {
            // No daylight saving time any longer: one observance.
            timeZone.add(observance(zone, LocalDateTime.ofInstant(from, offset), offset, offset, false));
            return timeZone;
        }
        if (yearly.isEmpty()
                || yearly.stream().anyMatch(rule -> recurrence(rule) == null)
                || !fixed.stream()
                        .filter(t -> !t.getInstant().isBefore(from))
                        .allMatch(t -> followsTheRules(t, yearly))) {
            throw new IllegalArgumentException(
                    "the rules of " + zone + " before " + fromYear + " cannot be given as yearly RRULEs");
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition onset = rule.createTransition(firstYear);
            Observance observance = observance(
                    zone,
                    onset.getDateTimeBefore(),
                    onset.getOffsetBefore(),
                    onset.getOffsetAfter(),
                    rules.isDaylightSavings(onset.getInstant()));
            observance.add(new RRule<>(recurrence(rule)));
            timeZone.add(observance);
        }
        return timeZone;
    }

    /** java.time lists some years' changes one by one; they must be the ones the yearly rules give. */
    private static boolean followsTheRules(ZoneOffsetTransition transition, List<ZoneOffsetTransitionRule> yearly) {
        int year = transition.getDateTimeBefore().getYear();
        return yearly.stream().anyMatch(rule -> rule.createTransition(year).equals(transition));
    }

    /** The RRULE of a yearly rule, or null for a rule that RRULE cannot say simply. */
    static String recurrence(ZoneOffsetTransitionRule rule) {
        if (rule.isMidnightEndOfDay()) {
            return null;
        }
        String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return day > 0 ? month + ";BYMONTHDAY=" + day : null;
        }
        String weekday = rule.getDayOfWeek().name().substring(0, 2);
        Month m = rule.getMonth();
        // java.time gives "the last Sunday of March" as "the first Sunday on or after the 25th".
        if (day == -1 || (day + 6 == m.maxLength() && m.minLength() == m.maxLength())) {
            return month + ";BYDAY=-1" + weekday;
        }
        if (day > 0 && day + 6 <= m.minLength()) {
            StringBuilder days = new StringBuilder();
            for (int d = day; d < day + 7; d++) {
                days.append(d == day ? "" : ",").append(d);
            }
            return month + ";BYDAY=" + weekday + ";BYMONTHDAY=" + days;
        }
        return null;
    }

    private static Observance observance(
            ZoneId zone, LocalDateTime onset, ZoneOffset before, ZoneOffset after, boolean daylight) {
        Observance observance = daylight ? new Daylight() : new Standard();
        observance.add(new TzName(TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH)));
        observance.add(new DtStart<>(onset));
        observance.add(new TzOffsetFrom(before));
        observance.add(new TzOffsetTo(after));
        return observance;
    }
}
