package no.fellesgrunn.web.organiser.seating;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import no.fellesgrunn.planner.scheduling.EventPlan;

/** What the seating page shows about a plan beside the board: the score per rule, and the comparison with the published plan. */
final class PlanDetails {
    private PlanDetails() {}

    /** The score per rule of the engine's reading of the plan. */
    static Grid<EventPlan.ConstraintScore> breakdown(Component i18n, EventPlan evaluation) {
        Grid<EventPlan.ConstraintScore> grid = new Grid<>();
        grid.setId("seating-breakdown-grid");
        grid.getElement().setAttribute("aria-label", i18n.getTranslation("seating.breakdown"));
        grid.addColumn(c -> i18n.getTranslation(RuleNames.key(c.constraint())))
                .setKey("constraint")
                .setHeader(i18n.getTranslation("seating.breakdown.constraint"))
                .setAutoWidth(true);
        grid.addColumn(EventPlan.ConstraintScore::score)
                .setKey("score")
                .setHeader(i18n.getTranslation("seating.breakdown.score"))
                .setAutoWidth(true);
        grid.addColumn(EventPlan.ConstraintScore::matches)
                .setKey("matches")
                .setHeader(i18n.getTranslation("seating.breakdown.matches"))
                .setAutoWidth(true);
        grid.setItems(evaluation.scoreBreakdown());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Fills {@code into} with the draft against the published plan: who must be told and what changed. */
    static void comparison(Div into, Optional<PlanComparison> compared) {
        into.removeAll();
        if (compared.isEmpty()) {
            into.add(new Paragraph(into.getTranslation("seating.compare.none")));
            return;
        }
        PlanComparison c = compared.get();
        Paragraph summary = new Paragraph(
                into.getTranslation("seating.compare.summary", c.publishedNumber(), c.draftNumber(), c.peopleToTell()));
        summary.setId("seating-compare-summary");
        into.add(summary);
        UnorderedList list = new UnorderedList();
        c.changed()
                .forEach(change -> list.add(new ListItem(into.getTranslation(
                        "seating.compare.changed",
                        change.name(),
                        String.join(
                                ", ",
                                change.rounds().stream().map(String::valueOf).toList())))));
        into.add(list);
        if (!c.added().isEmpty()) {
            into.add(new Paragraph(into.getTranslation("seating.compare.added", String.join(", ", c.added()))));
        }
        if (!c.removed().isEmpty()) {
            into.add(new Paragraph(into.getTranslation("seating.compare.removed", String.join(", ", c.removed()))));
        }
    }
}
