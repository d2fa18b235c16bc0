package no.fellesgrunn.web.organiser;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.web.security.CurrentUser;

/** The organiser's start page: the events they run and what to do next. */
@Route("organiser")
@RolesAllowed("ORGANISER")
public class OrganiserHomeView extends Main implements HasDynamicTitle {

    public OrganiserHomeView(CurrentUser currentUser) {
        getStyle().set("padding", "var(--lumo-space-l)");
        String name = currentUser.account().map(a -> a.displayName()).orElse("");
        H1 heading = new H1(getTranslation("organiser.home.title"));
        heading.setId("organiser-home-title");
        add(heading, new Paragraph(getTranslation("organiser.home.welcome", name)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organiser.home.title") + " | " + getTranslation("app.name");
    }
}
