package no.fellesgrunn.web.organiser.outputs;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.organiser.EventNavigation;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.solver.EventRoute;
import org.springframework.security.access.AccessDeniedException;

/**
 * Downloads for the day itself: table cards and personal schedules as PDF, the plan as CSV and
 * .xlsx. The files are made when asked for, through the view (so the view's access rules hold)
 * and the service (which checks again that the organiser runs the event).
 */
@Route("organiser/events/:eventId/outputs")
@RolesAllowed("ORGANISER")
public class OutputsView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private final OrganiserEvents organiserEvents;
    private final OutputsService outputs;

    public OutputsView(OrganiserEvents organiserEvents, OutputsService outputs) {
        this.organiserEvents = organiserEvents;
        this.outputs = outputs;
        getStyle().set("padding", "var(--lumo-space-l)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RegionalEvent regionalEvent;
        try {
            regionalEvent = organiserEvents.open(
                    EventRoute.eventId(event).orElseThrow(() -> new AccessDeniedException("no event")));
        } catch (AccessDeniedException denied) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H2 title = new H2(getTranslation("outputs.title"));
        title.setId("outputs-title");
        add(
                new EventNavigation(regionalEvent, EventSection.OUTPUTS),
                title,
                new Paragraph(getTranslation("outputs.intro")));
        Locale locale = FellesgrunnI18NProvider.supported(getLocale());
        Optional<PrintablePlan> plan = outputs.plan(regionalEvent.id(), locale);
        Paragraph source = new Paragraph(plan.map(p -> getTranslation(
                        "outputs.source." + p.plan().status(), p.plan().number()))
                .orElse(getTranslation("outputs.none")));
        source.setId("outputs-source");
        add(source);
        if (plan.isEmpty()) {
            return;
        }
        UnorderedList links = new UnorderedList();
        links.add(new ListItem(
                download(regionalEvent.id(), OutputsService.Output.TABLE_CARDS, "outputs.tableCards", locale)));
        links.add(new ListItem(
                download(regionalEvent.id(), OutputsService.Output.SCHEDULES, "outputs.schedules", locale)));
        links.add(new ListItem(download(regionalEvent.id(), OutputsService.Output.CSV, "outputs.csv", locale)));
        links.add(new ListItem(download(regionalEvent.id(), OutputsService.Output.XLSX, "outputs.xlsx", locale)));
        links.add(new ListItem(
                download(regionalEvent.id(), OutputsService.Output.CALENDARS, "outputs.calendars", locale)));
        add(links);
    }

    private Anchor download(UUID eventId, OutputsService.Output output, String key, Locale locale) {
        DownloadHandler handler = DownloadHandler.fromInputStream(request -> {
            byte[] bytes = outputs.render(eventId, output, locale);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), output.fileName(), output.contentType(), bytes.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(key));
        anchor.setId("download-" + output.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outputs.title") + " | " + getTranslation("app.name");
    }
}
