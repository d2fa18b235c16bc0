package no.fellesgrunn.web.outcome;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.TableStep;

/**
 * The host's or secretary's form: what the table found (bound with a {@link Binder}) and the
 * proposed next steps. One column, full width: made to be filled in on a phone at the table.
 */
class OutcomeForm extends Div {
    /** The fields' bean: the findings as typed. */
    static final class Typed {
        String commonThird = "";
        String affected = "";
        String cannotSolveAlone = "";
        String ideas = "";
    }

    private final List<StepRow> rows = new ArrayList<>();

    OutcomeForm(OutcomeSheet sheet, BiConsumer<Findings, List<StepDraft>> save) {
        setId("outcome-form");
        Typed typed = new Typed();
        if (sheet.outcome() != null) {
            Findings f = sheet.outcome().findings();
            typed.commonThird = orEmpty(f.commonThird());
            typed.affected = orEmpty(f.affected());
            typed.cannotSolveAlone = orEmpty(f.cannotSolveAlone());
            typed.ideas = orEmpty(f.ideas());
        }
        add(new H2(getTranslation("outcome.findings")));
        Binder<Typed> binder = new Binder<>();
        binder.forField(area("commonThird")).bind(t -> t.commonThird, (t, v) -> t.commonThird = v);
        binder.forField(area("affected")).bind(t -> t.affected, (t, v) -> t.affected = v);
        binder.forField(area("cannotSolveAlone")).bind(t -> t.cannotSolveAlone, (t, v) -> t.cannotSolveAlone = v);
        binder.forField(area("ideas")).bind(t -> t.ideas, (t, v) -> t.ideas = v);
        binder.setBean(typed);

        add(new H2(getTranslation("outcome.steps")));
        Div stepArea = new Div();
        List<TableStep> existing =
                sheet.outcome() == null ? List.of() : sheet.outcome().steps();
        for (TableStep step : existing) {
            addRow(stepArea, sheet, step);
        }
        if (existing.isEmpty()) {
            addRow(stepArea, sheet, null);
        }
        Button more = new Button(getTranslation("outcome.step.add"), click -> addRow(stepArea, sheet, null));
        more.setId("outcome-step-add");
        Button saveButton = new Button(getTranslation("outcome.save"), click -> {
            if (binder.validate().isOk()) {
                save.accept(
                        new Findings(typed.commonThird, typed.affected, typed.cannotSolveAlone, typed.ideas),
                        rows.stream()
                                .filter(StepRow::filled)
                                .map(StepRow::draft)
                                .toList());
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("outcome-save");
        add(stepArea, more, new Div(saveButton));
    }

    private TextArea area(String name) {
        TextArea area = new TextArea(getTranslation("outcome.findings." + name));
        area.setHelperText(getTranslation("outcome.findings." + name + ".help"));
        area.setId("outcome-" + name);
        area.setMaxLength(4000);
        area.setWidthFull();
        addComponentAtIndex(getComponentCount(), area);
        return area;
    }

    private void addRow(Div area, OutcomeSheet sheet, TableStep step) {
        StepRow row = new StepRow(rows.size() + 1, sheet, step);
        rows.add(row);
        area.add(row);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
