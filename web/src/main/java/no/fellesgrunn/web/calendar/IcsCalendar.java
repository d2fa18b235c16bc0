package no.fellesgrunn.web.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Writes iCalendar files (RFC 5545) with iCal4j. Every time carries the Europe/Oslo zone and the
 * file includes a VTIMEZONE with that very TZID (see {@link VTimeZones}), so phones and calendar
 * programs abroad show the right hour.
 */
@Component
public class IcsCalendar {
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    public byte[] write(String name, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Fellesgrunn//Deltaker//NO"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        int thisYear = Year.now(OSLO).getValue();
        int fromYear = entries.stream().mapToInt(e -> e.start().getYear()).min().orElse(thisYear);
        calendar.add(VTimeZones.of(OSLO, fromYear));
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent(
                    ZonedDateTime.of(entry.start(), OSLO), ZonedDateTime.of(entry.end(), OSLO), entry.summary());
            event.add(new Uid(entry.uid()));
            if (entry.location() != null && !entry.location().isBlank()) {
                event.add(new Location(entry.location()));
            }
            if (entry.description() != null && !entry.description().isBlank()) {
                event.add(new Description(entry.description()));
            }
            calendar.add(event);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the calendar file", e);
        }
        return out.toByteArray();
    }
}
