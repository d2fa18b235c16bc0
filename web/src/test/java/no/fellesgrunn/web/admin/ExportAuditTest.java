package no.fellesgrunn.web.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.infra.audit.JdbcExportLog;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.spreadsheet.SpreadsheetFormat;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.participants.ParticipantAdministration;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.solver.SolvingTestSupport;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every download of people's data is written down, and only the admin reads the log. */
class ExportAuditTest extends KaribuTest {
    @Autowired
    ParticipantAdministration administration;

    @Autowired
    ExportAudit audit;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserDetailsService users;

    @Test
    void anOrganisersDownloadOfTheParticipantListIsInTheAdminsLog() {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        String organiser =
                SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly();
        SignedIn.as(users, organiser, () -> administration.export(bodo.id(), SpreadsheetFormat.CSV));
        // The organiser cannot read the log, only the admin.
        assertThatThrownBy(() -> SignedIn.as(users, organiser, audit::recent))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        loginAs("exports.admin@fellesgrunn.example", "Admin", Role.ADMIN);
        UI.getCurrent().navigate("admin");
        @SuppressWarnings("unchecked")
        Grid<JdbcExportLog.Entry> grid = _get(Grid.class, spec -> spec.withId("export-log-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        JdbcExportLog.Entry entry = GridKt._get(grid, 0);
        assertThat(entry.username()).isEqualTo(organiser);
        assertThat(entry.eventName()).isEqualTo(bodo.name());
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(organiser, bodo.name(), "Deltakerliste (CSV)");
    }
}
