package no.fellesgrunn.web.organiser.dashboard;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.events.EventPage;

/**
 * An event's dashboard: sector mix, perspective coverage, wish satisfaction and challenge
 * coverage, each as a server-drawn SVG bar chart with a caption and the same figures as a table.
 */
@Route("organiser/events/:eventId/dashboard")
@RolesAllowed("ORGANISER")
public class DashboardView extends EventPage {
    private final EventDashboard dashboard;

    public DashboardView(OrganiserEvents organiserEvents, EventDashboard dashboard) {
        super(organiserEvents, EventSection.DASHBOARD);
        this.dashboard = dashboard;
    }

    @Override
    protected void render(RegionalEvent event) {
        EventDashboard.Figures figures = dashboard.figures(event.id());
        Paragraph total = new Paragraph(getTranslation("dashboard.participants", figures.participants()));
        total.setId("dashboard-participants");
        add(new H2(getTranslation("dashboard.title")), total);
        add(chart(
                figures.sectorMix(),
                "dashboard.sector.title",
                "dashboard.sector.caption",
                "dashboard.column.participants"));
        add(chart(
                figures.perspectiveCoverage(),
                "dashboard.perspective.title",
                "dashboard.perspective.caption",
                "dashboard.column.participants"));
        if (figures.wishSatisfaction() == null) {
            Section none = new Section(
                    new H3(getTranslation("dashboard.wish.title")),
                    new Paragraph(getTranslation("dashboard.wish.noplan")));
            none.setId("chart-wish-satisfaction");
            add(none);
        } else {
            add(chart(
                    figures.wishSatisfaction(),
                    "dashboard.wish.title",
                    figures.planPublished() ? "dashboard.wish.caption.published" : "dashboard.wish.caption.draft",
                    "dashboard.column.participants"));
        }
        add(chart(
                figures.challengeCoverage(),
                "dashboard.challenge.title",
                "dashboard.challenge.caption",
                "dashboard.column.wishes"));
    }

    private Section chart(ChartData data, String titleKey, String captionKey, String valueKey) {
        String title = getTranslation(titleKey);
        String caption = getTranslation(captionKey);
        List<BarChartSvg.Bar> bars = data.bars().stream()
                .map(b -> new BarChartSvg.Bar(label(b), b.value()))
                .toList();
        Svg svg = new Svg(BarChartSvg.render(title + ": " + caption, bars));
        svg.setId("chart-" + data.id() + "-svg");

        NativeTable table = new NativeTable();
        table.setId("chart-" + data.id() + "-table");
        table.getCaption().setText(getTranslation("dashboard.table.caption", title));
        table.getCaption()
                .getStyle()
                .set("text-align", "left")
                .set("font-weight", "600")
                .set("padding-bottom", "var(--lumo-space-xs)");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell()
                .setText(getTranslation(
                        data.id().equals("challenge-coverage")
                                ? "dashboard.column.challenge"
                                : "dashboard.column.group"));
        head.addHeaderCell().setText(getTranslation(valueKey));
        head.getHeaderCells().forEach(c -> {
            c.getElement().setAttribute("scope", "col");
            cell(c);
        });
        for (BarChartSvg.Bar bar : bars) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(bar.label());
            row.getHeaderCells().forEach(c -> {
                c.getElement().setAttribute("scope", "row");
                cell(c).getStyle().set("font-weight", "400");
            });
            cell(row.addDataCell()).setText(Integer.toString(bar.value()));
            row.getDataCells().forEach(c -> c.getStyle().set("text-align", "right"));
        }
        table.getStyle().set("border-collapse", "collapse").set("margin-top", "var(--lumo-space-s)");
        Paragraph figcaption = new Paragraph(caption);
        Section section = new Section(new H3(title), figcaption, svg, table);
        section.setId("chart-" + data.id());
        section.getStyle().set("margin-bottom", "var(--lumo-space-xl)");
        return section;
    }

    private static <C extends com.vaadin.flow.component.HasStyle> C cell(C c) {
        c.getStyle()
                .set("text-align", "left")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-30pct)");
        return c;
    }

    private String label(ChartData.Bar bar) {
        return bar.labelKey() == null ? bar.label() : getTranslation(bar.labelKey());
    }
}
