package no.fellesgrunn.web.organiser.mail;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.infra.mail.JdbcEventMailLog;
import no.fellesgrunn.web.base.Clocks;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.events.EventPage;
import no.fellesgrunn.web.security.AccountNames;

/**
 * "Utsendt e-post": what mail the event sent, one entry per publication (matches, or a seating
 * plan version), newest first: when, by whom, how many were told, and any mail the server refused;
 * the recipients open under each entry.
 */
@Route("organiser/events/:eventId/mail")
@RolesAllowed("ORGANISER")
public class EventMailView extends EventPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private final EventMail mail;
    private final AccountNames names;

    public EventMailView(OrganiserEvents organiserEvents, EventMail mail, AccountNames names) {
        super(organiserEvents, EventSection.MAIL);
        this.mail = mail;
        this.names = names;
    }

    @Override
    protected void render(RegionalEvent event) {
        add(new H2(getTranslation("mail.log.title")), new Paragraph(getTranslation("mail.log.intro")));
        List<JdbcEventMailLog.Entry> entries = mail.sent(event.id());
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("mail.log.none"));
            none.setId("mail-log-none");
            add(none);
        }
        entries.forEach(entry -> add(entry(entry)));
    }

    private Section entry(JdbcEventMailLog.Entry entry) {
        Section section = new Section();
        section.addClassName("mail-log-entry");
        section.getStyle()
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-s) 0");
        String when = WHEN.format(entry.at().atZone(Clocks.OSLO));
        String what = entry.kind() == JdbcEventMailLog.Kind.MATCHES
                ? getTranslation("mail.log.matches")
                : getTranslation("mail.log.schedule", entry.planVersion());
        Paragraph heading = new Paragraph(getTranslation(
                "mail.log.entry",
                what,
                when,
                names.nameOf(entry.by(), getTranslation("person.someone")),
                entry.sentCount()));
        heading.addClassName("mail-log-heading");
        heading.getStyle().set("font-weight", "600");
        section.add(heading);
        if (entry.failedCount() > 0) {
            Paragraph failed = new Paragraph(getTranslation("mail.log.failed", entry.failedCount()));
            failed.addClassName("mail-log-failed");
            failed.getStyle().set("color", "var(--lumo-error-text-color)");
            section.add(failed);
        }
        UnorderedList people = new UnorderedList();
        entry.recipients().forEach(r -> {
            ListItem item = new ListItem(r.name() + " <" + r.email() + ">");
            if (!r.sent()) {
                Span notSent = new Span(" – " + getTranslation("mail.log.notsent"));
                notSent.getStyle().set("color", "var(--lumo-error-text-color)");
                item.add(notSent);
            }
            people.add(item);
        });
        if (!entry.recipients().isEmpty()) {
            Details details = new Details(
                    getTranslation("mail.log.recipients", entry.recipients().size()), people);
            details.addClassName("mail-log-recipients");
            section.add(details);
        }
        return section;
    }
}
