package no.fellesgrunn.web.organiser.outputs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.fellesgrunn.web.calendar.CalendarEntry;
import no.fellesgrunn.web.calendar.IcsCalendar;

/**
 * The plan as calendar files: one .ics per seated person (their rounds, with room, table and
 * challenge, in Oslo time), in one zip, for organisers to send to people who do not sign in.
 * Written with the same iCalendar writer as the participants' own downloads.
 */
final class PlanCalendars {
    private PlanCalendars() {}

    static byte[] zip(PrintablePlan plan, IcsCalendar ics, Function<String, String> label) {
        Map<UUID, List<PrintablePlan.Line>> byPerson = new LinkedHashMap<>();
        plan.lines().forEach(line -> byPerson.computeIfAbsent(line.actorId(), id -> new ArrayList<>())
                .add(line));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (List<PrintablePlan.Line> lines : byPerson.values()) {
                List<CalendarEntry> entries =
                        lines.stream().map(line -> entry(plan, line, label)).toList();
                PrintablePlan.Line first = lines.get(0);
                zip.putNextEntry(new ZipEntry(fileName(first.person(), first.actorId())));
                zip.write(ics.write(plan.event().name(), entries));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static CalendarEntry entry(PrintablePlan plan, PrintablePlan.Line line, Function<String, String> label) {
        String summary = plan.event().name() + ": " + label.apply("outputs.ics.round") + " "
                + line.round().number() + (line.challenge() == null ? "" : " – " + line.challenge());
        String location = plan.event().venue().name() + ", " + line.room().name() + ", "
                + label.apply("outputs.ics.table") + " " + line.table().label();
        return new CalendarEntry(
                line.actorId() + "-" + line.round().id() + "@fellesgrunn",
                line.round().start(),
                line.round().end(),
                summary,
                location,
                plan.event().venue().address());
    }

    /** An ASCII file name people can open anywhere: "kari-nordmann-1a2b3c4d.ics". */
    static String fileName(String person, UUID actorId) {
        String ascii = Normalizer.normalize(
                        person.toLowerCase(Locale.ROOT)
                                .replace("æ", "ae")
                                .replace("ø", "o")
                                .replace("å", "a"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (ascii.isEmpty() ? "deltaker" : ascii) + "-" + actorId.toString().substring(0, 8) + ".ics";
    }
}
