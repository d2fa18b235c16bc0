package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** One event's schedule as blocks per round: read top to bottom on a phone, printable as is. */
final class ScheduleBlocks {
    private ScheduleBlocks() {}

    static Div event(EventSchedule event, Component t, Locale locale) {
        Div block = new Div();
        block.addClassName("event-schedule");
        block.add(new H2(event.eventName()));
        block.add(new Paragraph(t.getTranslation(
                "participant.schedule.where",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(event.date()),
                event.venue(),
                event.planNumber())));
        if (event.changedSincePrevious()) {
            Paragraph changed = new Paragraph(t.getTranslation("participant.schedule.changednotice"));
            changed.getStyle().set("font-weight", "700");
            block.add(changed);
        }
        for (ScheduleRow row : event.rows()) {
            Div card = Cards.card();
            card.addClassName("schedule-round");
            H3 heading = new H3(t.getTranslation(
                    "participant.schedule.round",
                    row.round(),
                    Cards.time(row.start(), locale),
                    Cards.time(row.end(), locale)));
            card.add(heading);
            if (row.changed()) {
                card.add(Cards.badge(t.getTranslation("participant.schedule.changed"), "primary"));
                card.getStyle().set("border", "2px solid var(--lumo-primary-color)");
            }
            if (!row.seated()) {
                card.addClassName("schedule-unseated");
                card.add(Cards.badge(t.getTranslation("participant.schedule.unseated.badge"), "error"));
                card.add(new Paragraph(t.getTranslation("participant.schedule.unseated")));
                card.add(new Paragraph(contact(event, t)));
                block.add(card);
                continue;
            }
            card.add(new Paragraph(t.getTranslation("participant.schedule.place", row.room(), row.table())
                    + (row.accessibleTable() ? " " + t.getTranslation("participant.schedule.accessible") : "")));
            card.add(new Paragraph(
                    row.challenge() == null
                            ? t.getTranslation("participant.schedule.opentable")
                            : t.getTranslation("participant.schedule.challenge", row.challenge())));
            String mates = row.tablemates().isEmpty()
                    ? t.getTranslation("participant.schedule.nomates")
                    : String.join(
                            ", ",
                            row.tablemates().stream().map(ScheduleBlocks::mate).toList());
            card.add(new Paragraph(t.getTranslation("participant.schedule.mates", mates)));
            block.add(card);
        }
        return block;
    }

    /** Whom to ask about a round without a seat: the organisers, with what they agreed to show. */
    static String contact(EventSchedule event, Component t) {
        if (event.organisers().isEmpty()) {
            return t.getTranslation("participant.schedule.unseated.contact.anyone");
        }
        return t.getTranslation(
                "participant.schedule.unseated.contact",
                String.join(
                        ", ",
                        event.organisers().stream()
                                .map(p -> p.email() == null ? p.name() : p.name() + " (" + p.email() + ")")
                                .toList()));
    }

    private static String mate(VisibleProfile p) {
        return p.organisation() == null ? p.name() : p.name() + " (" + p.organisation() + ")";
    }
}
