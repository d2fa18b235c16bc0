package no.fellesgrunn.web.organiser.seating;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.web.i18n.ReferenceNames;

/**
 * The door: a new person in a few fields (name, e-mail, organisation with its sector, themes), bound
 * with a {@link Binder}; on a phone one column. Saving hands the person to {@link WalkIns}; when
 * that is refused the dialog stays open with what was typed.
 */
class WalkInDialog extends Dialog {
    /** The form's values while it is open. */
    static final class Form {
        String name = "";
        String email = "";
        String organisation = "";
        Sector sector;
        java.util.Set<Theme> themes = java.util.Set.of();
    }

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField organisation = new TextField();
    final ComboBox<Sector> sector = new ComboBox<>();
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    final Button save = new Button();

    /** @param arrive saves the walk-in; true when it worked and the dialog may close */
    WalkInDialog(List<Theme> themeList, Component trigger, Predicate<WalkIns.WalkIn> arrive) {
        setId("walk-in-dialog");
        setHeaderTitle(getTranslation("seating.walkIn.title"));
        name.setLabel(getTranslation("seating.walkIn.name"));
        name.setId("walk-in-name");
        email.setLabel(getTranslation("seating.walkIn.email"));
        email.setId("walk-in-email");
        organisation.setLabel(getTranslation("seating.walkIn.organisation"));
        organisation.setHelperText(getTranslation("seating.walkIn.organisation.help"));
        organisation.setId("walk-in-organisation");
        sector.setLabel(getTranslation("seating.walkIn.sector"));
        sector.setId("walk-in-sector");
        sector.setItems(List.of(Sector.values()).stream()
                .filter(s -> s != Sector.CITIZEN)
                .toList());
        sector.setItemLabelGenerator(s -> getTranslation("seating.sector." + s.name()));
        themes.setLabel(getTranslation("seating.walkIn.themes"));
        themes.setId("walk-in-themes");
        themes.setItems(themeList.stream()
                .sorted(Comparator.comparing(t -> ReferenceNames.theme(t, getLocale())))
                .toList());
        themes.setItemLabelGenerator(t -> ReferenceNames.theme(t, getLocale()));

        Binder<Form> binder = new Binder<>();
        binder.forField(name)
                .asRequired(getTranslation("seating.walkIn.name.required"))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(email)
                .asRequired(getTranslation("seating.walkIn.email.required"))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(organisation).bind(f -> f.organisation, (f, v) -> f.organisation = v);
        binder.forField(sector)
                .withValidator(
                        s -> s != null || organisation.getValue().isBlank(),
                        getTranslation("seating.walkIn.sector.required"))
                .bind(f -> f.sector, (f, v) -> f.sector = v);
        binder.forField(themes).bind(f -> f.themes, (f, v) -> f.themes = v);
        Form form = new Form();
        binder.setBean(form);

        save.setText(getTranslation("seating.walkIn.save"));
        save.setId("walk-in-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()
                    && arrive.test(new WalkIns.WalkIn(
                            form.name,
                            form.email,
                            form.organisation,
                            form.organisation.isBlank() ? null : form.sector,
                            form.themes.stream().map(Theme::key).toList()))) {
                close();
            }
        });
        Button cancel = new Button(getTranslation("seating.walkIn.cancel"), click -> close());
        cancel.setId("walk-in-cancel");
        FormLayout fields = new FormLayout(name, email, organisation, sector, themes);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        // Never wider than a phone: without it the two-column form pushes "Meld på" off a 390 px screen.
        fields.addClassName("dialog-form");
        add(fields);
        getFooter().add(cancel, save);
        setMaxWidth("40rem");
        addOpenedChangeListener(open -> {
            if (!open.isOpened() && trigger instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }
}
