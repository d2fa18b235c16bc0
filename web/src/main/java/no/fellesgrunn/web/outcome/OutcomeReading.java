package no.fellesgrunn.web.outcome;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.OutcomeComment;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.web.i18n.Formats;
import no.fellesgrunn.web.participant.Cards;

/**
 * An outcome as everyone at the table reads it: the findings, the next steps with owner, due date
 * and status (a select for the steps the reader may move on), and the comments with a field to add one.
 */
class OutcomeReading extends Div {

    OutcomeReading(
            OutcomeSheet sheet, boolean showFindings, BiConsumer<UUID, StepStatus> move, Consumer<String> comment) {
        TableOutcome outcome = sheet.outcome();
        setId("outcome-reading");
        if (showFindings) {
            add(new H2(getTranslation("outcome.findings")));
            Findings f = outcome.findings();
            part("commonThird", f.commonThird());
            part("affected", f.affected());
            part("cannotSolveAlone", f.cannotSolveAlone());
            part("ideas", f.ideas());
            add(new H2(getTranslation("outcome.steps")));
            if (outcome.steps().isEmpty()) {
                add(new Paragraph(getTranslation("outcome.steps.none")));
            }
            for (TableStep step : outcome.steps()) {
                add(stepCard(sheet, step, move));
            }
        }
        add(new H2(getTranslation("outcome.comments")));
        List<OutcomeComment> comments = outcome.comments();
        if (comments.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.comments.none")));
        }
        for (OutcomeComment c : comments) {
            Paragraph p = new Paragraph(getTranslation(
                    "outcome.comment.by",
                    sheet.name(c.authorId()),
                    Formats.dateTime(c.writtenAt(), getLocale()),
                    c.text()));
            p.addClassName("outcome-comment");
            add(p);
        }
        if (sheet.mayComment()) {
            TextArea text = new TextArea(getTranslation("outcome.comment.new"));
            text.setId("outcome-comment-text");
            text.setMaxLength(2000);
            text.setWidthFull();
            Button send = new Button(getTranslation("outcome.comment.send"), click -> {
                if (!text.getValue().isBlank()) {
                    comment.accept(text.getValue());
                }
            });
            send.setId("outcome-comment-send");
            add(text, send);
        }
    }

    private void part(String name, String value) {
        if (value != null) {
            add(new H3(getTranslation("outcome.findings." + name)));
            Paragraph text = new Paragraph(value);
            text.setId("outcome-read-" + name);
            text.getStyle().set("white-space", "pre-line");
            add(text);
        }
    }

    private Div stepCard(OutcomeSheet sheet, TableStep step, BiConsumer<UUID, StepStatus> move) {
        String owner = step.owner().actorId() != null
                ? sheet.name(step.owner().actorId())
                : step.owner().organisation();
        Div card = Cards.card(
                new Paragraph(step.what()),
                new Paragraph(getTranslation(
                        "outcome.step.line",
                        owner,
                        Formats.date(step.due(), getLocale()),
                        step.joining() == null ? "" : step.joining())));
        card.addClassName("outcome-step");
        card.add(Cards.badge(
                getTranslation("outcome.status." + step.status().name()),
                step.status() == StepStatus.DONE ? "success" : null));
        if (step.overdue(sheet.today())) {
            card.add(Cards.badge(getTranslation("outcome.step.overdue"), "error primary"));
        }
        if (sheet.movable().contains(step.id())) {
            card.add(statusSelect(step.id(), step.what(), step.status(), move));
        }
        return card;
    }

    /** A select of the step's status, offering the moves its life cycle allows (accessible name: the step's text). */
    static Select<StepStatus> statusSelect(
            UUID stepId, String what, StepStatus current, BiConsumer<UUID, StepStatus> move) {
        Select<StepStatus> select = new Select<>();
        select.setLabel(select.getTranslation("outcome.step.status", what));
        select.addClassName("outcome-step-status");
        select.setItems(StepStatus.values());
        select.setItemLabelGenerator(s -> select.getTranslation("outcome.status." + s.name()));
        select.setItemEnabledProvider(s -> s == current || current.next().contains(s));
        select.setValue(current);
        select.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue() != current) {
                move.accept(stepId, change.getValue());
            }
        });
        return select;
    }
}
