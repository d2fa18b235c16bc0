package no.fellesgrunn.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reads .ics files for the tests as strictly as iCal4j can, and checks that every TZID has its VTIMEZONE. */
public final class StrictIcs {
    private StrictIcs() {}

    /** iCal4j with relaxed parsing, unfolding and validation off, and the whole calendar validated. */
    public static Calendar parse(byte[] ics) throws Exception {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        ValidationResult result = calendar.validate(true);
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        Set<String> zones = calendar.getComponents("VTIMEZONE").stream()
                .map(c -> c.getProperty(Property.TZID).orElseThrow().getValue())
                .collect(Collectors.toSet());
        assertThat(zones).as("a VTIMEZONE for every TZID the file uses").containsAll(tzidsUsed(calendar));
        return calendar;
    }

    /** The TZID parameters of the file's events. */
    public static Set<String> tzidsUsed(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream()
                .flatMap(c -> c.getProperties().stream())
                .flatMap(p -> p.getParameter(Parameter.TZID).stream())
                .map(Parameter::getValue)
                .collect(Collectors.toSet());
    }
}
