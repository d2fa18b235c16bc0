package no.fellesgrunn.web.organiser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;

/**
 * Asks before anything is published to participants: says what will happen, lists every broken
 * hard rule and warning, and, while a hard rule is broken, publishes only with the organiser's
 * reason (kept with the published version). Focus goes back to the button that opened it.
 */
public class PublishDialog extends Dialog {
    private final TextArea reason = new TextArea();
    private final Button confirm = new Button();

    /**
     * @param idPrefix  prefix of the element ids ({@code <prefix>-dialog}, {@code -confirm}, {@code -cancel}, {@code -reason})
     * @param summary   what publishing does, one sentence per line
     * @param broken    the hard rules broken, translated; publishing then needs a reason
     * @param warnings  what is not broken but worth a look, translated
     * @param trigger   the component that opened the dialog, focused again when it closes
     * @param onPublish called with the reason (null when no rule is broken)
     */
    public PublishDialog(
            String idPrefix,
            List<String> summary,
            List<String> broken,
            List<String> warnings,
            Component trigger,
            Consumer<String> onPublish) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(getTranslation("publish.dialog.title"));
        summary.forEach(line -> add(new Paragraph(line)));
        if (!broken.isEmpty()) {
            add(list(getTranslation("publish.dialog.broken"), broken, idPrefix + "-broken"));
            reason.setLabel(getTranslation("publish.dialog.reason"));
            reason.setHelperText(getTranslation("publish.dialog.reason.help"));
            reason.setId(idPrefix + "-reason");
            reason.setRequired(true);
            reason.setMaxLength(1000);
            reason.setWidthFull();
            reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            reason.addValueChangeListener(
                    change -> confirm.setEnabled(!change.getValue().isBlank()));
            add(reason);
        }
        if (!warnings.isEmpty()) {
            add(list(getTranslation("publish.dialog.warnings"), warnings, idPrefix + "-warnings"));
        }
        confirm.setText(getTranslation(broken.isEmpty() ? "publish.dialog.confirm" : "publish.dialog.confirmAnyway"));
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(broken.isEmpty() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(broken.isEmpty());
        confirm.addClickListener(click -> {
            close();
            onPublish.accept(broken.isEmpty() ? null : reason.getValue().strip());
        });
        Button cancel = new Button(getTranslation("publish.dialog.cancel"), click -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, confirm);
        // Never wider than the screen: a phone's publish button would otherwise be off it.
        setMaxWidth("min(40rem, calc(100vw - 2 * var(--lumo-space-m)))");
        addOpenedChangeListener(open -> {
            if (!open.isOpened() && trigger instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    private static Component list(String heading, List<String> items, String id) {
        UnorderedList list = new UnorderedList(items.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId(id);
        H3 title = new H3(heading);
        title.addClassName("publish-list-title");
        return new com.vaadin.flow.component.html.Div(title, list);
    }
}
