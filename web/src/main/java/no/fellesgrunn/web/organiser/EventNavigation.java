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
        title.addClassName("event-title");
        Span when = new Span(event.date() + " · " + event.venue().name());
        when.addClassName("secondary-text");

        UnorderedList links = new UnorderedList();
        links.addClassName("event-links");
        for (EventSection section : EventSection.values()) {
            Anchor link = new Anchor(section.href(event.id()), getTranslation(section.titleKey()));
            link.setId("event-nav-" + section.path());
            if (section == current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            links.add(new ListItem(link));
        }
        add(title, when, links);
    }
}
