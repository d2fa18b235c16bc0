package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The lines of another person's visible profile; fields they did not agree to show are left out. */
public final class ProfileLines {
    private ProfileLines() {}

    public static Div of(VisibleProfile profile, Component translator) {
        Div lines = new Div();
        lines.addClassName("visible-profile");
        if (profile.organisation() != null) {
            lines.add(new Paragraph(
                    translator.getTranslation("participant.profile.line.organisation", profile.organisation())));
        }
        if (profile.sector() != null) {
            lines.add(new Paragraph(translator.getTranslation(
                    "participant.profile.line.sector",
                    translator.getTranslation(
                            "participant.sector." + profile.sector().name()))));
        }
        if (profile.municipality() != null) {
            lines.add(new Paragraph(
                    translator.getTranslation("participant.profile.line.municipality", profile.municipality())));
        }
        if (profile.email() != null) {
            lines.add(new Paragraph(translator.getTranslation("participant.profile.line.email", profile.email())));
        }
        if (profile.phone() != null) {
            lines.add(new Paragraph(translator.getTranslation("participant.profile.line.phone", profile.phone())));
        }
        return lines;
    }
}
