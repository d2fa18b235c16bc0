package no.fellesgrunn.web.about;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.Period;
import no.fellesgrunn.web.privacy.PrivacySettings;
import org.springframework.beans.factory.annotation.Value;

/** The privacy notice: what is stored, why, for how long, who sees it, and a person's rights. */
@Route(value = "privacy", autoLayout = false)
@AnonymousAllowed
public class PrivacyView extends InfoPage {
    public PrivacyView(
            PrivacySettings privacy, @Value("${fellesgrunn.sign-in.lock-time:15m}") Duration signInLockTime) {
        super("about.privacy");
        listSection("what", 5);
        section("why", 2);
        listSection("who", 4);
        // The retention time in whole months (a setting in days counts 30 days a month).
        Period retention = privacy.retention();
        // The fourth paragraph: how long a failed sign-in's typed name and address are kept (SignInThrottle).
        section("how-long", 4, retention.toTotalMonths() + retention.getDays() / 30, signInLockTime.toMinutes());
        section("rights", 2);
        section("contact", 1);
        finish();
    }
}
