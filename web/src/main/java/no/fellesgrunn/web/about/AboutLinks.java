package no.fellesgrunn.web.about;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** Links every page to the accessibility statement and the privacy notice, as the law expects of a public service. */
public class AboutLinks extends Nav {
    public AboutLinks() {
        getElement().setAttribute("aria-label", getTranslation("about.link.label"));
        RouterLink accessibility = new RouterLink(getTranslation("about.link.accessibility"), AccessibilityView.class);
        accessibility.setId("footer-accessibility");
        RouterLink privacy = new RouterLink(getTranslation("about.link.privacy"), PrivacyView.class);
        privacy.setId("footer-privacy");
        add(accessibility, privacy);
        getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
    }
}
