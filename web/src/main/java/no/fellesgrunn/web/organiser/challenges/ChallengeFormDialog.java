package no.fellesgrunn.web.organiser.challenges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.web.organiser.editor.EventEditing;

/**
 * A municipality's challenge, typed in by the organiser on its behalf: owner, title, description,
 * themes, needed perspectives and host. It is saved as submitted, ready to be selected. The fields
 * are bound to a {@link Form} by a {@link Binder}: a missing owner or title shows on its field; the
 * rest is the domain's to refuse (its reason shows below the form).
 */
class ChallengeFormDialog extends Dialog {
    final ComboBox<Municipality> owner = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    final CheckboxGroup<Perspective> perspectives = new CheckboxGroup<>();
    final ComboBox<Actor> host = new ComboBox<>();
    final Paragraph message = new Paragraph();
    final Button save = new Button();
    private final ChallengeIntake intake;
    private final UUID eventId;
    private final Runnable afterSave;
    private final Binder<Form> binder = new Binder<>();

    /** What the form holds until it is saved. */
    static final class Form {
        Municipality owner;
        String title = "";
        String description = "";
        Set<Theme> themes = Set.of();
        Set<Perspective> perspectives = Set.of();
        Actor host;
    }

    ChallengeFormDialog(
            ChallengeIntake intake, EventEditing editing, UUID eventId, List<Theme> themeChoices, Runnable afterSave) {
        this.intake = intake;
        this.eventId = eventId;
        this.afterSave = afterSave;
        setHeaderTitle(getTranslation("challenges.new.title"));
        setId("challenge-form");
        setWidth("min(44em, 95vw)");
        owner.setLabel(getTranslation("challenges.field.owner"));
        owner.setId("challenge-owner");
        owner.setItems(intake.ownerChoices(eventId));
        owner.setItemLabelGenerator(m -> m.name() + " (" + m.number() + ")");
        owner.setRequired(true);
        title.setLabel(getTranslation("challenges.field.title"));
        title.setId("challenge-title");
        title.setRequired(true);
        title.setMaxLength(200);
        description.setLabel(getTranslation("challenges.field.description"));
        description.setId("challenge-description");
        description.setMaxLength(4000);
        themes.setLabel(getTranslation("challenges.field.themes"));
        themes.setId("challenge-themes");
        themes.setItems(themeChoices);
        themes.setItemLabelGenerator(t -> no.fellesgrunn.web.i18n.ReferenceNames.theme(t, getLocale()));
        perspectives.setLabel(getTranslation("challenges.field.perspectives"));
        perspectives.setId("challenge-perspectives");
        perspectives.setItems(Perspective.values());
        perspectives.setItemLabelGenerator(p -> getTranslation("dashboard.perspective." + p.name()));
        host.setLabel(getTranslation("challenges.field.host"));
        host.setId("challenge-host");
        host.setItemLabelGenerator(a -> a.name() + " <" + a.email().value() + ">");
        host.setItems(query ->
                editing.findActors(eventId, query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .skip(query.getOffset()));
        host.setClearButtonVisible(true);
        bind();
        message.setId("challenge-message");
        message.getElement().setAttribute("role", "status");
        VerticalLayout form = new VerticalLayout(owner, title, description, themes, perspectives, host, message);
        form.setPadding(false);
        form.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
        add(form);
        save.setText(getTranslation("challenges.new.save"));
        save.setId("challenge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("challenges.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void bind() {
        binder.forField(owner)
                .asRequired(getTranslation("challenges.error.owner"))
                .bind(f -> f.owner, (f, v) -> f.owner = v);
        binder.forField(title)
                .asRequired(getTranslation("challenges.error.title"))
                .withValidator(t -> !t.isBlank(), getTranslation("challenges.error.title"))
                .bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(description).bind(f -> f.description, (f, v) -> f.description = v);
        binder.forField(themes).bind(f -> f.themes, (f, v) -> f.themes = v);
        binder.forField(perspectives).bind(f -> f.perspectives, (f, v) -> f.perspectives = v);
        binder.forField(host).bind(f -> f.host, (f, v) -> f.host = v);
        binder.readBean(new Form());
    }

    void save() {
        message.setText("");
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        ChallengeDraft draft = new ChallengeDraft(
                form.owner.number(),
                form.title,
                form.description,
                form.themes.stream().map(Theme::key).collect(Collectors.toSet()),
                form.perspectives,
                form.host == null ? null : form.host.id());
        try {
            intake.submit(eventId, draft);
            close();
            afterSave.run();
        } catch (ChallengeIntake.TitleTaken taken) {
            title.setErrorMessage(getTranslation("challenges.error.title.taken"));
            title.setInvalid(true);
        } catch (DomainException refused) {
            message.setText(
                    getTranslation("challenges.refused", no.fellesgrunn.web.i18n.DomainMessages.text(this, refused)));
        }
    }
}
