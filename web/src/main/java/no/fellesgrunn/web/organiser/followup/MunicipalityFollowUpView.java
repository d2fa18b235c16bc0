package no.fellesgrunn.web.organiser.followup;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.web.admin.ExportAudit;
import no.fellesgrunn.web.participant.ThemeNames;

/**
 * The follow-up board of a municipality's contact: the tables of the municipality's challenges at
 * every event, with their next steps, owners, due dates and status; read-only (the outcome pages
 * belong to the table's people and the event's organisers). Someone who is no contact sees an
 * empty board.
 */
@Route("municipality/follow-up")
@RolesAllowed({"PARTICIPANT", "ORGANISER"})
public class MunicipalityFollowUpView extends BoardPage {
    public MunicipalityFollowUpView(MunicipalityBoard board, ThemeNames themes, ExportAudit exportAudit) {
        super("followup.municipality.title", "followup.municipality.intro", board.rows(), false, themes, exportAudit);
    }
}
