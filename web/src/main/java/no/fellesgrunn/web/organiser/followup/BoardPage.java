package no.fellesgrunn.web.organiser.followup;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.web.i18n.Formats;
import no.fellesgrunn.web.participant.Downloads;
import no.fellesgrunn.web.participant.ThemeNames;

/**
 * A follow-up board page: challenge → tables and rounds → next steps with owner, due date and
 * status; filtered by municipality, county, theme and status (or overdue only); the filtered lines
 * download as .xlsx and PDF. The organisers' board ({@link FollowUpView}) links each line to the
 * table's outcome; a municipality contact's board ({@link MunicipalityFollowUpView}) does not.
 */
abstract class BoardPage extends Main implements HasDynamicTitle {
    private final String titleKey;
    private final no.fellesgrunn.web.admin.ExportAudit exportAudit;
    private final List<BoardRow> all;
    private final Grid<BoardRow> grid = new Grid<>();
    private final ComboBox<String> municipality = new ComboBox<>();
    private final ComboBox<String> county = new ComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final Select<StepStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Paragraph count = new Paragraph();

    /** @param linked whether each line links to the table's outcome (only for those who may read it) */
    BoardPage(
            String titleKey,
            String introKey,
            List<BoardRow> rows,
            boolean linked,
            ThemeNames themes,
            no.fellesgrunn.web.admin.ExportAudit exportAudit) {
        this.titleKey = titleKey;
        this.exportAudit = exportAudit;
        getStyle().set("padding", "var(--lumo-space-m)");
        H1 heading = new H1(getTranslation(titleKey));
        heading.setId("followup-title");
        add(heading, new Paragraph(getTranslation(introKey)));
        all = rows;

        Map<String, String> municipalities = new TreeMap<>();
        Map<String, String> counties = new TreeMap<>();
        Map<String, String> themeNames = new TreeMap<>();
        for (BoardRow row : all) {
            if (row.municipalityNumber() != null) {
                municipalities.put(row.municipalityNumber(), row.municipality());
                counties.put(row.countyCode(), row.county());
            }
            row.themes().forEach(t -> themeNames.put(t, themes.name(t, getLocale())));
        }
        choice(municipality, "followup.filter.municipality", municipalities);
        choice(county, "followup.filter.county", counties);
        choice(theme, "followup.filter.theme", themeNames);
        status.setLabel(getTranslation("followup.filter.status"));
        status.setId("followup-status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("followup.filter.any"));
        status.setItems(StepStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("followup.filter.any") : getTranslation("outcome.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        overdue.setLabel(getTranslation("followup.filter.overdue"));
        overdue.setId("followup-overdue");
        overdue.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(municipality, county, theme, status, overdue);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters);

        Anchor xlsx = Downloads.link(
                getTranslation("followup.xlsx"),
                "oppfolging.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> {
                    exportAudit.downloaded(null, "followup.XLSX");
                    return BoardSpreadsheet.xlsx(filter().apply(all), this::getTranslation);
                });
        xlsx.setId("followup-xlsx");
        Anchor pdf = Downloads.link(getTranslation("followup.pdf"), "oppfolging.pdf", "application/pdf", () -> {
            exportAudit.downloaded(null, "followup.PDF");
            return BoardPdf.pdf(filter().apply(all), this::getTranslation, this::where, getLocale());
        });
        pdf.setId("followup-pdf");
        count.setId("followup-count");
        count.getElement().setAttribute("role", "status");
        Paragraph downloads = new Paragraph(xlsx, new com.vaadin.flow.component.html.Span(" · "), pdf);
        add(downloads, count);

        grid.setId("followup-grid");
        grid.setAriaLabel(getTranslation(titleKey));
        grid.addColumn(r -> r.challenge() == null ? getTranslation("outcome.openTable") : r.challenge())
                .setHeader(getTranslation("followup.column.challenge"))
                .setFlexGrow(2)
                .setWidth("12rem");
        grid.addColumn(r -> Objects.requireNonNullElse(r.municipality(), ""))
                .setHeader(getTranslation("followup.column.municipality"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> linked ? new Anchor(r.key().href(), where(r)) : new Span(where(r))))
                .setHeader(getTranslation("followup.column.where"))
                .setFlexGrow(2)
                .setWidth("14rem");
        grid.addColumn(r -> r.hasStep() ? r.what() : getTranslation("followup.nostep"))
                .setHeader(getTranslation("followup.column.step"))
                .setFlexGrow(3)
                .setWidth("16rem");
        grid.addColumn(r -> Objects.requireNonNullElse(r.owner(), ""))
                .setHeader(getTranslation("followup.column.owner"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.due() == null ? "" : Formats.date(r.due(), getLocale()))
                .setHeader(getTranslation("followup.column.due"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> {
                    Span s = new Span(
                            r.status() == null
                                    ? ""
                                    : getTranslation("outcome.status."
                                                    + r.status().name())
                                            + (r.overdue() ? " – " + getTranslation("outcome.step.overdue") : ""));
                    if (r.overdue()) {
                        s.getStyle()
                                .set("color", "var(--lumo-error-text-color)")
                                .set("font-weight", "600");
                    }
                    return s;
                }))
                .setHeader(getTranslation("followup.column.status"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    /** Adds a part below the grid (the organisers' municipality contacts). */
    protected void addBelow(com.vaadin.flow.component.Component part) {
        add(part);
    }

    private void choice(ComboBox<String> box, String labelKey, Map<String, String> values) {
        box.setLabel(getTranslation(labelKey));
        box.setId(labelKey.replace('.', '-'));
        box.setClearButtonVisible(true);
        box.setItems(values.keySet().stream()
                .sorted((a, b) -> values.get(a).compareTo(values.get(b)))
                .toList());
        box.setItemLabelGenerator(values::get);
        box.addValueChangeListener(e -> refresh());
    }

    String where(BoardRow r) {
        return getTranslation(
                "followup.where", r.event(), Formats.date(r.eventDate(), getLocale()), r.round(), r.table());
    }

    BoardFilter filter() {
        return new BoardFilter(
                municipality.getValue(), county.getValue(), theme.getValue(), status.getValue(), overdue.getValue());
    }

    private void refresh() {
        List<BoardRow> shown = filter().apply(all);
        grid.setItems(shown);
        count.setText(getTranslation("followup.count", shown.size(), all.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
