package no.fellesgrunn.web.outcome;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.outcome.TableStep;

/**
 * One proposed next step in the outcome form: what, who owns it (someone at the table, or an
 * organisation named in words), by when, and who else wants to join. Wraps to one column on a phone.
 */
class StepRow extends FlexLayout {
    static final String ORGANISATION = "organisation";
    private final UUID stepId;
    private final TextField what = new TextField();
    private final Select<String> owner = new Select<>();
    private final TextField organisation = new TextField();
    private final DatePicker due = no.fellesgrunn.web.i18n.Pickers.localised(new DatePicker());
    private final TextField joining = new TextField();

    StepRow(int n, OutcomeSheet sheet, TableStep existing) {
        this.stepId = existing == null ? null : existing.id();
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "0 var(--lumo-space-s)").set("border-top", "1px solid var(--lumo-contrast-20pct)");
        addClassName("outcome-step-row");
        what.setLabel(getTranslation("outcome.step.what", n));
        what.setId("outcome-step-what-" + n);
        what.setMaxLength(1000);
        what.setWidthFull();
        owner.setLabel(getTranslation("outcome.step.owner", n));
        owner.setId("outcome-step-owner-" + n);
        List<String> items =
                new ArrayList<>(sheet.people().stream().map(UUID::toString).toList());
        items.add(ORGANISATION);
        owner.setItems(items);
        owner.setItemLabelGenerator(v -> ORGANISATION.equals(v)
                ? getTranslation("outcome.step.owner.organisation")
                : sheet.name(UUID.fromString(v)));
        owner.setWidth("14rem");
        organisation.setLabel(getTranslation("outcome.step.organisation", n));
        organisation.setId("outcome-step-organisation-" + n);
        organisation.setMaxLength(200);
        organisation.setWidth("14rem");
        organisation.setVisible(false);
        owner.addValueChangeListener(change -> organisation.setVisible(ORGANISATION.equals(change.getValue())));
        due.setLabel(getTranslation("outcome.step.due", n));
        due.setId("outcome-step-due-" + n);
        due.setLocale(getLocale());
        due.setWidth("12rem");
        joining.setLabel(getTranslation("outcome.step.joining", n));
        joining.setHelperText(getTranslation("outcome.step.joining.help"));
        joining.setId("outcome-step-joining-" + n);
        joining.setMaxLength(500);
        joining.setWidthFull();
        if (existing != null) {
            what.setValue(existing.what());
            owner.setValue(
                    existing.owner().actorId() != null
                            ? existing.owner().actorId().toString()
                            : ORGANISATION);
            if (existing.owner().organisation() != null) {
                organisation.setValue(existing.owner().organisation());
            }
            due.setValue(existing.due());
            joining.setValue(existing.joining() == null ? "" : existing.joining());
        }
        add(what, owner, organisation, due, joining);
    }

    boolean filled() {
        return !what.getValue().isBlank();
    }

    StepDraft draft() {
        String who = owner.getValue();
        boolean byOrganisation = ORGANISATION.equals(who);
        return new StepDraft(
                stepId,
                what.getValue(),
                who == null || byOrganisation ? null : UUID.fromString(who),
                byOrganisation ? organisation.getValue() : null,
                due.getValue(),
                joining.getValue());
    }
}
