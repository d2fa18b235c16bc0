package no.fellesgrunn.web.organiser.checkin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.web.base.ConfirmAction;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.events.EventPage;

/**
 * Check-in at the door, one list per room (where each person sits first), made for a phone:
 * "Har kommet" marks an arrival, "Kom ikke" (asked first) cancels a no-show so a re-plan can give
 * the seat to someone else.
 */
@Route("organiser/events/:eventId/checkin")
@RolesAllowed("ORGANISER")
public class CheckInView extends EventPage {
    private final CheckIn checkIn;
    private final Paragraph status = new Paragraph();

    public CheckInView(OrganiserEvents organiserEvents, CheckIn checkIn) {
        super(organiserEvents, EventSection.CHECKIN);
        this.checkIn = checkIn;
        status.setId("checkin-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    protected void render(RegionalEvent event) {
        add(new H2(getTranslation("checkin.title")), status);
        checkIn.lists(event.id()).ifPresentOrElse(this::show, () -> {
            Paragraph none = new Paragraph(getTranslation("checkin.noplan"));
            none.setId("checkin-noplan");
            add(none);
        });
    }

    private void show(List<CheckIn.RoomList> rooms) {
        for (CheckIn.RoomList room : rooms) {
            Section section = new Section();
            section.addClassName("checkin-room");
            section.add(new H3(getTranslation(
                    "checkin.room", room.room(), room.arrived(), room.people().size())));
            UnorderedList people = new UnorderedList();
            people.getStyle().set("list-style", "none").set("padding-left", "0");
            room.people().forEach(person -> people.add(row(person)));
            section.add(people);
            add(section);
        }
    }

    private ListItem row(CheckIn.Arrival person) {
        ListItem item = new ListItem();
        item.addClassName("checkin-person");
        item.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center")
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span name = new Span(person.name());
        name.getStyle().set("font-weight", "600").set("flex", "1 1 12rem");
        item.add(name, new Span(getTranslation("checkin.table", person.table(), person.firstRound())));
        if (person.arrived()) {
            Span here = new Span(getTranslation("checkin.arrived"));
            here.getElement().getThemeList().add("badge success");
            item.add(here);
            return item;
        }
        Button arrived = new Button(
                getTranslation("checkin.arrive"),
                click -> act(
                        () -> checkIn.arrived(eventId(), person.actorId()),
                        getTranslation("checkin.arrive.done", person.name())));
        arrived.setAriaLabel(getTranslation("checkin.arrive.label", person.name()));
        arrived.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        arrived.addClassName("checkin-arrive");
        Button absent = new Button(getTranslation("checkin.absent"));
        absent.setAriaLabel(getTranslation("checkin.absent.label", person.name()));
        absent.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        absent.addClassName("checkin-absent");
        absent.addClickListener(click -> ConfirmAction.ask(
                this,
                new ConfirmAction(
                        "checkin-absent",
                        getTranslation("checkin.absent.confirm.title", person.name()),
                        getTranslation("checkin.absent.confirm.text", person.name()),
                        getTranslation("checkin.absent"),
                        getTranslation("checkin.absent.keep"),
                        absent,
                        () -> act(
                                () -> checkIn.didNotCome(eventId(), person.actorId()),
                                getTranslation("checkin.absent.done", person.name())))));
        item.add(arrived, absent);
        return item;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            showEvent();
            status.setText(done);
        } catch (DomainException refused) {
            status.setText(
                    getTranslation("checkin.refused", no.fellesgrunn.web.i18n.DomainMessages.text(this, refused)));
        }
    }
}
