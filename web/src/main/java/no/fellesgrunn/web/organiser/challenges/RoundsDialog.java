package no.fellesgrunn.web.organiser.challenges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Selecting a challenge for the event, or changing its rounds: the least and most rounds it runs
 * in. Bad numbers are shown on the field; a refused save keeps the numbers and shows why.
 */
class RoundsDialog extends Dialog {
    /** Does the save; returns normally or throws a DomainException with the reason. */
    interface Save {
        void save(int min, int max);
    }

    final IntegerField min = new IntegerField();
    final IntegerField max = new IntegerField();
    final Paragraph message = new Paragraph();
    final Button save = new Button();
    private final int roundCount;
    private final Save action;

    RoundsDialog(String title, int currentMin, int currentMax, int roundCount, Save action) {
        this.roundCount = roundCount;
        this.action = action;
        setHeaderTitle(title);
        setId("rounds-dialog");
        min.setLabel(getTranslation("challenges.rounds.min"));
        min.setId("rounds-min");
        max.setLabel(getTranslation("challenges.rounds.max"));
        max.setId("rounds-max");
        for (IntegerField f : new IntegerField[] {min, max}) {
            f.setMin(1);
            if (roundCount > 0) {
                f.setMax(roundCount);
            }
            f.setStepButtonsVisible(true);
            f.setRequiredIndicatorVisible(true);
        }
        min.setValue(currentMin);
        max.setValue(currentMax);
        message.setId("rounds-message");
        message.getElement().setAttribute("role", "status");
        VerticalLayout form = new VerticalLayout(
                new Paragraph(getTranslation("challenges.rounds.help", roundCount)), min, max, message);
        form.setPadding(false);
        add(form);
        save.setText(getTranslation("challenges.rounds.save"));
        save.setId("rounds-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("challenges.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        min.setInvalid(false);
        max.setInvalid(false);
        message.setText("");
        Integer lo = min.getValue();
        Integer hi = max.getValue();
        boolean bad = false;
        if (lo == null || lo < 1) {
            invalid(min, getTranslation("challenges.error.min"));
            bad = true;
        }
        if (hi == null || (lo != null && hi < lo)) {
            invalid(max, getTranslation("challenges.error.max.below.min"));
            bad = true;
        } else if (roundCount > 0 && hi > roundCount) {
            invalid(max, getTranslation("challenges.error.max.rounds", roundCount));
            bad = true;
        }
        if (bad) {
            return;
        }
        try {
            action.save(lo, hi);
            close();
        } catch (no.fellesgrunn.domain.common.StaleEditException stale) {
            message.setText(
                    getTranslation("challenges.stale", stale.lastEditedBy() == null ? "" : stale.lastEditedBy()));
        } catch (no.fellesgrunn.domain.common.DomainException refused) {
            message.setText(
                    getTranslation("challenges.refused", no.fellesgrunn.web.i18n.DomainMessages.text(this, refused)));
        }
    }

    private static void invalid(IntegerField field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}
