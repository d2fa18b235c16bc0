package no.fellesgrunn.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.ICalTimeZone;
import biweekly.io.TimezoneAssignment;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * A participant's .ics file read by two independent parsers: iCal4j in strict mode with
 * validation, and Biweekly. A round at 09:30 in Oslo is 07:30Z in summer and 08:30Z in winter,
 * and every TZID the events use has a VTIMEZONE of that very id.
 */
class IcsCalendarTest {
    private static final LocalDateTime SUMMER = LocalDateTime.of(2027, 6, 16, 9, 30);
    private static final LocalDateTime WINTER = LocalDateTime.of(2027, 1, 13, 9, 30);
    private final byte[] ics = new IcsCalendar()
            .write(
                    "Regional møteplass",
                    List.of(
                            new CalendarEntry(
                                    "round-1@fellesgrunn",
                                    SUMMER,
                                    SUMMER.plusMinutes(45),
                                    "Runde 1, bord 3",
                                    "Stormen, Bodø",
                                    "Med Kari"),
                            new CalendarEntry(
                                    "round-2@fellesgrunn",
                                    WINTER,
                                    WINTER.plusMinutes(45),
                                    "Runde 2, bord 5",
                                    "Stormen, Bodø",
                                    null)));

    @Test
    void iCal4jInStrictModeFindsAValidFileWhoseOnlyZoneIsEuropeOslo() throws Exception {
        Calendar calendar = StrictIcs.parse(ics);
        List<String> zones = calendar.getComponents("VTIMEZONE").stream()
                .map(c -> c.getProperty(Property.TZID).orElseThrow().getValue())
                .toList();
        assertThat(zones).containsExactly("Europe/Oslo");
        assertThat(StrictIcs.tzidsUsed(calendar)).containsExactly("Europe/Oslo");

        List<Instant> starts = calendar.getComponents("VEVENT").stream()
                .map(VEvent.class::cast)
                .map(e -> ZonedDateTime.from(e.getDateTimeStart().getDate()).toInstant())
                .toList();
        assertThat(starts)
                .containsExactly(Instant.parse("2027-06-16T07:30:00Z"), Instant.parse("2027-01-13T08:30:00Z"));

        // The VTIMEZONE itself, read by iCal4j, gives the offsets of summer and winter.
        TimeZone fromFile =
                new TimeZone((VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow());
        assertThat(fromFile.getOffset(Instant.parse("2027-06-16T07:30:00Z").toEpochMilli()))
                .isEqualTo(2 * 3_600_000);
        assertThat(fromFile.getOffset(Instant.parse("2027-01-13T08:30:00Z").toEpochMilli()))
                .isEqualTo(3_600_000);
    }

    @Test
    void biweeklyReadsTheSameInstantsFromTheFilesOwnZoneWithoutWarnings() {
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(new String(ics, StandardCharsets.UTF_8))
                .warnings(warnings)
                .first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        assertThat(calendar.getTimezoneInfo().getComponents())
                .extracting(z -> z.getTimezoneId().getValue())
                .containsExactly("Europe/Oslo");

        List<biweekly.component.VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2027-06-16T07:30:00Z"));
        assertThat(events.get(1).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2027-01-13T08:30:00Z"));
        assertThat(events.get(1).getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2027-01-13T09:15:00Z"));
        for (biweekly.component.VEvent event : events) {
            TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(event.getDateStart());
            // Resolved through the file's VTIMEZONE, not by falling back to the parser's own zone data.
            assertThat(zone.getComponent()).isNotNull();
            assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo("Europe/Oslo");
        }
    }

    @Test
    void theBuiltZoneAgreesWithJavaTimeInBothParsers() throws Exception {
        record Span(String zone, int from, int to) {}
        for (Span span : List.of(
                new Span("Europe/Oslo", 2026, 2028),
                new Span("Europe/Oslo", 1998, 1999),
                new Span("America/New_York", 2027, 2027),
                new Span("Australia/Sydney", 2027, 2028),
                new Span("America/Sao_Paulo", 2021, 2022))) {
            ZoneId zone = ZoneId.of(span.zone());
            VTimeZone built = VTimeZones.of(zone, span.from());
            ValidationResult result = built.validate();
            assertThat(result.hasErrors()).as(span + ": " + result).isFalse();
            TimeZone ical4j = new TimeZone(built);
            java.util.TimeZone biweekly = new ICalTimeZone(
                    Biweekly.parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t\r\n" + built + "END:VCALENDAR\r\n")
                            .first()
                            .getTimezoneInfo()
                            .getComponents()
                            .iterator()
                            .next());
            Instant end =
                    LocalDateTime.of(span.to() + 1, 1, 1, 0, 0).atZone(zone).toInstant();
            for (Instant t = LocalDateTime.of(span.from(), 1, 1, 0, 0)
                            .atZone(zone)
                            .toInstant();
                    t.isBefore(end);
                    t = t.plusSeconds(3 * 3600 + 17)) {
                // Both libraries err close to a change, whatever the VTIMEZONE (iCal4j for a few hours, with its
                // own bundled zones too; Biweekly for the whole day of the autumn change): that day is left out.
                if (!nearATransition(zone, t)) {
                    int expected = zone.getRules().getOffset(t).getTotalSeconds() * 1000;
                    assertThat(biweekly.getOffset(t.toEpochMilli()))
                            .as("Biweekly: " + span + " at " + t)
                            .isEqualTo(expected);
                    assertThat(ical4j.getOffset(t.toEpochMilli()))
                            .as("iCal4j: " + span + " at " + t)
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(VTimeZones.of(ZoneId.of("Europe/Oslo"), 2027).toString())
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        assertThatThrownBy(() -> VTimeZones.of(ZoneId.of("Europe/Oslo"), 1990))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean nearATransition(ZoneId zone, Instant t) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(t.minusSeconds(24 * 3600));
        return next != null && next.getInstant().isBefore(t.plusSeconds(24 * 3600));
    }
}
