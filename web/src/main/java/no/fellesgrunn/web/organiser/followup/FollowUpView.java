package no.fellesgrunn.web.organiser.followup;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.web.admin.ExportAudit;
import no.fellesgrunn.web.participant.ThemeNames;

/**
 * The organisers' follow-up board (main menu: Oppfølging): every table outcome of the events they
 * organise, each line linking to the outcome; below it, the municipalities' follow-up contacts.
 */
@Route("organiser/follow-up")
@RolesAllowed("ORGANISER")
public class FollowUpView extends BoardPage {
    public FollowUpView(
            FollowUpBoard board, ThemeNames themes, ExportAudit exportAudit, MunicipalityBoard municipalities) {
        super("followup.title", "followup.intro", board.rows(), true, themes, exportAudit);
        addBelow(new MunicipalityContactsPanel(municipalities));
    }
}
