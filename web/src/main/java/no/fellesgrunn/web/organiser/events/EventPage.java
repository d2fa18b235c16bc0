package no.fellesgrunn.web.organiser.events;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import java.util.UUID;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.web.i18n.Formats;
import no.fellesgrunn.web.organiser.EventNavigation;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.privacy.PersonalDataRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page of one event ({@code organiser/events/:eventId/...}): opens the event through
 * {@link OrganiserEvents} (so an organiser cannot open another's event by typing its id), shows the
 * event's navigation and lets the subclass draw the rest. An unknown or foreign event gets the same
 * message, so ids cannot be probed.
 */
public abstract class EventPage extends Main implements BeforeEnterObserver, HasDynamicTitle {
    protected final OrganiserEvents organiserEvents;
    private final EventSection section;
    protected RegionalEvent event;
    private boolean built;
    private PersonalDataRetention retention;

    /** Set by Spring when the view is made (views are created through Spring's instantiator). */
    @Autowired(required = false)
    void setRetention(PersonalDataRetention retention) {
        this.retention = retention;
    }

    protected EventPage(OrganiserEvents organiserEvents, EventSection section) {
        this.organiserEvents = organiserEvents;
        this.section = section;
        addClassNames("page", "event-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        removeAll();
        Optional<UUID> id = enter.getRouteParameters().get("eventId").flatMap(EventPage::parse);
        try {
            event = organiserEvents.open(id.orElseThrow(() -> new AccessDeniedException("no such event")));
        } catch (AccessDeniedException denied) {
            event = null;
            H1 heading = new H1(getTranslation("events.denied.title"));
            heading.setId("event-denied");
            add(
                    heading,
                    new Paragraph(getTranslation("events.denied.text")),
                    new Anchor("organiser", getTranslation("events.denied.back")));
            return;
        }
        showEvent();
    }

    /** Shows the current {@link #event} afresh: the navigation, then the subclass's page. */
    protected void showEvent() {
        removeAll();
        add(new EventNavigation(event, section));
        if (retention != null) {
            retention.notice(event).ifPresent(notice -> add(retentionNotice(notice)));
        }
        if (!built) {
            build();
            built = true;
        }
        render(event);
    }

    /** The organiser is warned before the participants' personal data goes, and told once it has gone. */
    private Paragraph retentionNotice(PersonalDataRetention.Notice notice) {
        String date = Formats.date(notice.date(), getLocale());
        Paragraph text = new Paragraph(
                notice.done()
                        ? getTranslation("event.retention.done", date)
                        : getTranslation("event.retention.coming", date));
        text.setId("retention-notice");
        text.getElement().setAttribute("role", "status");
        text.addClassName("retention-notice");
        return text;
    }

    /**
     * Makes the page's components and listeners, once per view instance: Vaadin reuses the view
     * when the organiser moves from one event to another on the same page.
     */
    protected void build() {}

    /** Adds the page's components and fills them for an event the signed-in organiser organises. */
    protected abstract void render(RegionalEvent event);

    public UUID eventId() {
        return event.id();
    }

    @Override
    public String getPageTitle() {
        String page = getTranslation(section.titleKey());
        return event == null
                ? getTranslation("events.denied.title") + " | " + getTranslation("app.name")
                : page + " – " + event.name() + " | " + getTranslation("app.name");
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
