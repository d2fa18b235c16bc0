package no.fellesgrunn.web.about;

import java.time.Period;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.fellesgrunn.web.privacy.PrivacySettings;

/** The privacy notice: what is stored, why, for how long, who sees it, and a person's rights. */
@Route(value = "privacy", autoLayout = false)
@AnonymousAllowed
public class PrivacyView extends InfoPage {
    public PrivacyView(PrivacySettings privacy) {
        super("about.privacy");
        listSection("what", 5);
        section("why", 2);
        listSection("who", 4);
        // The retention time in whole months (a setting in days counts 30 days a month).
        Period retention = privacy.retention();
        section("how-long", 3, retention.toTotalMonths() + retention.getDays() / 30);
        section("rights", 2);
        section("contact", 1);
        finish();
    }
}
