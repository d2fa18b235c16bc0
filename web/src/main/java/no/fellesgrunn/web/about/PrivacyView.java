package no.fellesgrunn.web.about;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The privacy notice: what is stored, why, for how long, who sees it, and a person's rights. */
@Route(value = "privacy", autoLayout = false)
@AnonymousAllowed
public class PrivacyView extends InfoPage {
    public PrivacyView() {
        super("about.privacy");
        listSection("what", 5);
        section("why", 2);
        listSection("who", 4);
        section("how-long", 2);
        section("rights", 2);
        section("contact", 1);
        finish();
    }
}
