package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page of the participant workspace: heading, sub-navigation, status region; narrow enough for a phone. */
public abstract class ParticipantPage extends Main implements HasDynamicTitle {
    protected final StatusRegion status = new StatusRegion();
    private final String titleKey;

    protected ParticipantPage(String titleKey) {
        this.titleKey = titleKey;
        getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("max-width", "60rem")
                .set("box-sizing", "border-box");
        H1 heading = new H1(getTranslation(titleKey));
        heading.setId("participant-page-title");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(heading, new ParticipantNav(getClass()), status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
