package no.fellesgrunn.web.organiser;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import no.fellesgrunn.domain.event.RegionalEvent;

/**
 * The header of every event page: the event's name and date, and links to its sections. Plain
 * links in a labelled nav (not tabs), so they work with the keyboard, open in new tabs, and tell
 * screen readers which page is current.
 */
public class EventNavigation extends Nav {

    public EventNavigation(RegionalEvent event, EventSection current) {
        setAriaLabel(getTranslation("event.nav.label"));
        addClassName("event-navigation");
        H1 title = new H1(event.name());
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xxl)");
        Span when = new Span(event.date() + " · " + event.venue().name());
        when.getStyle().set("color", "var(--lumo-secondary-text-color)");

        UnorderedList links = new UnorderedList();
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("list-style", "none").set("padding", "0").set("margin", "var(--lumo-space-s) 0");
        for (EventSection section : EventSection.values()) {
            Anchor link = new Anchor(section.href(event.id()), getTranslation(section.titleKey()));
            link.setId("event-nav-" + section.path());
            if (section == current) {
                link.getElement().setAttribute("aria-current", "page");
                link.getStyle().set("font-weight", "700").set("text-decoration", "underline");
            }
            links.add(new ListItem(link));
        }
        add(title, when, links);
    }
}
