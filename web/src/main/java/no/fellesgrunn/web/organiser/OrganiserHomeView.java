package no.fellesgrunn.web.organiser;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.fellesgrunn.web.organiser.events.EventOverview;
import no.fellesgrunn.web.organiser.events.EventSummary;
import no.fellesgrunn.web.security.CurrentUser;

/**
 * The organiser's start page: every event they run, with status, date, place, counts and the next
 * thing to do. The event's name links to its details; the next step links to the page where it is done.
 */
@Route("organiser")
@RolesAllowed("ORGANISER")
public class OrganiserHomeView extends Main implements HasDynamicTitle {

    public OrganiserHomeView(
            CurrentUser currentUser,
            EventOverview overview,
            no.fellesgrunn.web.organiser.editor.EventEditing editing,
            no.fellesgrunn.domain.reference.ReferenceDataRepository references) {
        addClassName("page");
        String name = currentUser.account().map(a -> a.displayName()).orElse("");
        H1 heading = new H1(getTranslation("organiser.home.title"));
        heading.setId("organiser-home-title");
        add(heading, new Paragraph(getTranslation("organiser.home.welcome", name)));
        com.vaadin.flow.component.button.Button newEvent = new com.vaadin.flow.component.button.Button(
                getTranslation("events.new.open"),
                click -> new no.fellesgrunn.web.organiser.editor.NewEventDialog(editing, references).open());
        newEvent.setId("new-event");
        add(newEvent);

        var events = overview.mine();
        if (events.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("events.none"));
            none.setId("events-none");
            add(none);
            return;
        }
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<EventSummary> grid = new Grid<>();
        grid.setId("events-grid");
        grid.setAriaLabel(getTranslation("events.grid.label"));
        grid.addColumn(new ComponentRenderer<>(e -> {
                    Anchor link = new Anchor(EventSection.DETAILS.href(e.id()), e.name());
                    link.setId("event-link-" + e.id());
                    return link;
                }))
                .setKey("name")
                .setHeader(getTranslation("events.column.name"))
                .setFlexGrow(2)
                .setWidth("14rem");
        grid.addColumn(new ComponentRenderer<>(e -> new Anchor(nextHref(e), getTranslation(e.nextStep()))))
                .setKey("next")
                .setHeader(getTranslation("events.column.next"))
                .setFlexGrow(2)
                .setWidth("14rem");
        grid.addColumn(e -> dates.format(e.date()))
                .setKey("date")
                .setHeader(getTranslation("events.column.date"))
                .setAutoWidth(true);
        grid.addColumn(EventSummary::place)
                .setKey("place")
                .setHeader(getTranslation("events.column.place"))
                .setFlexGrow(1)
                .setWidth("10rem");
        grid.addColumn(new ComponentRenderer<>(e -> {
                    Span badge = new Span(
                            getTranslation("events.status." + e.status().name()));
                    badge.getElement().getThemeList().add("badge contrast");
                    return badge;
                }))
                .setKey("status")
                .setHeader(getTranslation("events.column.status"))
                .setAutoWidth(true);
        grid.addColumn(EventSummary::challenges)
                .setKey("challenges")
                .setHeader(getTranslation("events.column.challenges"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(EventSummary::registrations)
                .setKey("registrations")
                .setHeader(getTranslation("events.column.registrations"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(EventSummary::seats)
                .setKey("seats")
                .setHeader(getTranslation("events.column.seats"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        // Widths in rem, not em: a column's width is set on each of its cells, and the heading cells'
        // smaller font made an em narrower there, so values sat up to 76 px from their headings (issue 12).
        grid.setItems(events);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    /** The page where the next step is done. */
    private static String nextHref(EventSummary e) {
        return switch (e.nextStep()) {
            case "events.next.challenges" -> EventSection.CHALLENGES.href(e.id());
            case "events.next.schedule", "events.next.publish" -> EventSection.SEATING.href(e.id());
            case "events.next.hold" -> EventSection.CHECKIN.href(e.id());
            case "events.next.followup", "events.next.none" -> EventSection.DASHBOARD.href(e.id());
            default -> EventSection.DETAILS.href(e.id());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organiser.home.title") + " | " + getTranslation("app.name");
    }
}
