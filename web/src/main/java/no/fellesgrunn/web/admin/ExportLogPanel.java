package no.fellesgrunn.web.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import no.fellesgrunn.infra.audit.JdbcExportLog;
import no.fellesgrunn.web.base.Clocks;

/** The admin reads who downloaded people's data, when, of which event and in what form. */
public class ExportLogPanel extends Div {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(Clocks.OSLO);

    public ExportLogPanel(ExportAudit audit) {
        setId("export-log");
        Grid<JdbcExportLog.Entry> grid = new Grid<>();
        grid.addColumn(e -> TIME.format(e.at()))
                .setHeader(getTranslation("admin.exports.when"))
                .setAutoWidth(true);
        grid.addColumn(JdbcExportLog.Entry::username)
                .setHeader(getTranslation("admin.exports.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.eventName() == null ? getTranslation("admin.exports.noevent") : e.eventName())
                .setHeader(getTranslation("admin.exports.event"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("admin.exports.what." + e.what()))
                .setHeader(getTranslation("admin.exports.what"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("admin.exports.title"));
        grid.setId("export-log-grid");
        grid.setAllRowsVisible(true);
        var entries = audit.recent();
        grid.setItems(entries);
        grid.setVisible(!entries.isEmpty());
        Paragraph none = new Paragraph(getTranslation("admin.exports.none"));
        none.setVisible(entries.isEmpty());
        add(
                new H2(getTranslation("admin.exports.title")),
                new Paragraph(getTranslation("admin.exports.intro")),
                grid,
                none);
    }
}
