package no.fellesgrunn.web.organiser.seating;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Consumer;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.web.organiser.PublishDialog;
import no.fellesgrunn.web.security.AccountNames;

/** The seating page's sentences about the plan as a whole: its state, and what publishing it does. */
final class SeatingTexts {
    private SeatingTexts() {}

    /** Which version is shown, who made or published it, its score, and the published one beside a draft. */
    static String planSummary(Component i18n, SeatingBoard board, AccountNames names) {
        PlanVersion plan = board.plan();
        if (plan == null) {
            return i18n.getTranslation("seating.plan.none");
        }
        String someone = i18n.getTranslation("person.someone");
        String score =
                board.evaluation() == null ? plan.score() : board.evaluation().score();
        if (!board.isDraft()) {
            return i18n.getTranslation(
                    "seating.plan.PUBLISHED",
                    plan.number(),
                    names.nameOf(plan.publishedBy(), someone),
                    score,
                    plan.publishedAt());
        }
        return i18n.getTranslation("seating.plan.DRAFT", plan.number(), names.nameOf(plan.createdBy(), someone), score)
                + (board.published() == null
                        ? ""
                        : " "
                                + i18n.getTranslation(
                                        "seating.plan.published",
                                        board.published().number()));
    }

    /** Publishing asks first: who is told, what the plan breaks; a broken hard rule needs a reason. */
    static PublishDialog publishDialog(
            Component i18n, PublishCheck check, Component trigger, Consumer<String> publish) {
        List<String> broken = check.brokenRules().stream()
                .map(rule -> i18n.getTranslation(
                        "seating.publish.broken",
                        i18n.getTranslation(RuleNames.key(rule.constraint())),
                        rule.matches()))
                .toList();
        List<String> warnings = check.unseatedSeats() == 0
                ? List.of()
                : List.of(i18n.getTranslation("seating.publish.warning.unseated", check.unseatedSeats()));
        String summary = i18n.getTranslation(
                check.firstPublication() ? "seating.publish.summary.first" : "seating.publish.summary.change",
                check.planNumber(),
                check.peopleToTell());
        return new PublishDialog("seating-publish", List.of(summary), broken, warnings, trigger, publish);
    }
}
