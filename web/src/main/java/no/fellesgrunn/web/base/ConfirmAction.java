package no.fellesgrunn.web.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before a destructive action: a dialog with what will happen, the action's own verb on the
 * confirming button and a way back. Focus starts on the safe choice and returns to the button that
 * opened the dialog when it closes, so keyboard and screen-reader users stay where they were.
 */
public final class ConfirmAction extends Dialog {

    /**
     * @param idPrefix  ids of the dialog ({@code idPrefix-dialog}) and its buttons ({@code -confirm}, {@code -cancel})
     * @param trigger   the button that opened the dialog; gets focus back
     */
    public ConfirmAction(
            String idPrefix,
            String title,
            String text,
            String confirmLabel,
            String cancelLabel,
            Focusable<?> trigger,
            Runnable action) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        add(new Paragraph(text));
        Button cancel = new Button(cancelLabel, click -> close());
        cancel.setId(idPrefix + "-cancel");
        Button confirm = new Button(confirmLabel, click -> {
            close();
            action.run();
        });
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                cancel.focus();
            } else if (trigger != null && ((Component) trigger).isAttached()) {
                trigger.focus();
            }
        });
    }

    /** Opens the dialog beside the given component (so it lives as long as the page). */
    public static ConfirmAction ask(com.vaadin.flow.component.HasComponents page, ConfirmAction dialog) {
        page.add(dialog);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                page.remove(dialog);
            }
        });
        dialog.open();
        return dialog;
    }
}
