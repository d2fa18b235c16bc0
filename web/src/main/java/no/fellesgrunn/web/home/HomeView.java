package no.fellesgrunn.web.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.web.admin.AdminView;
import no.fellesgrunn.web.organiser.OrganiserHomeView;
import no.fellesgrunn.web.participant.ParticipantHomeView;
import no.fellesgrunn.web.security.CurrentUser;

/** The root address sends each person to their own start page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {
    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Organisers first: an organiser who also takes part mostly comes to plan.
        if (currentUser.hasRole(Role.ORGANISER)) {
            event.forwardTo(OrganiserHomeView.class);
        } else if (currentUser.hasRole(Role.PARTICIPANT)) {
            event.forwardTo(ParticipantHomeView.class);
        } else if (currentUser.hasRole(Role.ADMIN)) {
            event.forwardTo(AdminView.class);
        }
    }
}
