package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.web.security.CurrentUser;

/** The participant's start page: their matches, schedule, coffee chats and next steps. */
@Route("me")
@RolesAllowed("PARTICIPANT")
public class ParticipantHomeView extends Main implements HasDynamicTitle {

    public ParticipantHomeView(CurrentUser currentUser) {
        getStyle().set("padding", "var(--lumo-space-l)");
        String name = currentUser.account().map(a -> a.displayName()).orElse("");
        H1 heading = new H1(getTranslation("participant.home.title"));
        heading.setId("participant-home-title");
        add(heading, new Paragraph(getTranslation("participant.home.welcome", name)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.home.title") + " | " + getTranslation("app.name");
    }
}
