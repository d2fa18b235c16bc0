package no.fellesgrunn.web.organiser.participants;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.ProfileChange;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.reference.Theme;

/**
 * The profile part of the on-behalf editor, for someone in the organiser's care (no login of their
 * own, taking part only in the organiser's events): name, organisation (none: a citizen), themes,
 * perspectives and what others may see, on a {@link Binder}. Whether the change is allowed and
 * valid is the domain's ({@code ProfileSteward}, {@code Actor}).
 */
class OnBehalfProfile extends VerticalLayout {
    /** The profile as the form edits it. */
    static final class Profile {
        String name;
        Organisation organisation;
        Set<Theme> themes = Set.of();
        Set<Perspective> perspectives = Set.of();
        boolean showEmail;
        boolean showPhone;
        boolean showOrganisation;
    }

    final TextField name = new TextField();
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    final CheckboxGroup<Perspective> perspectives = new CheckboxGroup<>();
    final Checkbox showEmail = new Checkbox();
    final Checkbox showPhone = new Checkbox();
    final Checkbox showOrganisation = new Checkbox();
    private final Binder<Profile> binder = new Binder<>();
    private final Actor actor;
    private final Map<String, Theme> themesByKey;

    OnBehalfProfile(
            Actor actor, List<Organisation> organisations, List<Theme> themeList, Function<Theme, String> themeName) {
        this.actor = actor;
        this.themesByKey = themeList.stream().collect(Collectors.toMap(Theme::key, t -> t, (a, b) -> a));
        setPadding(false);
        setId("onbehalf-profile");
        name.setLabel(getTranslation("onbehalf.name"));
        name.setId("onbehalf-name");
        name.setMaxLength(200);
        name.setWidthFull();
        binder.forField(name)
                .withValidator(v -> !v.isBlank(), getTranslation("onbehalf.required"))
                .bind(p -> p.name, (p, v) -> p.name = v);
        organisation.setLabel(getTranslation("onbehalf.organisation"));
        organisation.setId("onbehalf-organisation");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setClearButtonVisible(true);
        organisation.setHelperText(getTranslation("onbehalf.organisation.none"));
        organisation.setWidthFull();
        binder.forField(organisation).bind(p -> p.organisation, (p, v) -> p.organisation = v);
        themes.setLabel(getTranslation("onbehalf.themes"));
        themes.setId("onbehalf-themes");
        themes.setItems(themeList);
        themes.setItemLabelGenerator(themeName::apply);
        themes.setWidthFull();
        binder.forField(themes).bind(p -> p.themes, (p, v) -> p.themes = v);
        perspectives.setLabel(getTranslation("onbehalf.perspectives"));
        perspectives.setId("onbehalf-perspectives");
        perspectives.setItems(Perspective.values());
        perspectives.setItemLabelGenerator(p -> getTranslation("dashboard.perspective." + p.name()));
        binder.forField(perspectives).bind(p -> p.perspectives, (p, v) -> p.perspectives = v);
        showEmail.setLabel(getTranslation("onbehalf.consent.email"));
        showEmail.setId("onbehalf-show-email");
        binder.forField(showEmail).bind(p -> p.showEmail, (p, v) -> p.showEmail = v);
        showPhone.setLabel(getTranslation("onbehalf.consent.phone"));
        showPhone.setId("onbehalf-show-phone");
        binder.forField(showPhone).bind(p -> p.showPhone, (p, v) -> p.showPhone = v);
        showOrganisation.setLabel(getTranslation("onbehalf.consent.organisation"));
        showOrganisation.setId("onbehalf-show-organisation");
        binder.forField(showOrganisation).bind(p -> p.showOrganisation, (p, v) -> p.showOrganisation = v);

        Profile start = new Profile();
        start.name = actor.name();
        start.organisation = organisations.stream()
                .filter(o -> o.id().equals(actor.organisationId()))
                .findFirst()
                .orElse(null);
        start.themes = actor.themeKeys().stream()
                .map(themesByKey::get)
                .filter(t -> t != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        start.perspectives = actor.perspectives();
        start.showEmail = actor.consent().showEmail();
        start.showPhone = actor.consent().showPhone();
        start.showOrganisation = actor.consent().showOrganisation();
        binder.readBean(start);
        add(
                new H3(getTranslation("onbehalf.profile.title")),
                name,
                organisation,
                themes,
                perspectives,
                new H3(getTranslation("onbehalf.consent")),
                showEmail,
                showPhone,
                showOrganisation);
    }

    /**
     * The change as typed, or null when the name is missing (then marked on the field). Themes the
     * person had keep their order of priority; new ones follow.
     */
    ProfileChange write() {
        Profile p = new Profile();
        if (!binder.writeBeanIfValid(p)) {
            return null;
        }
        List<String> keys = new ArrayList<>(actor.themeKeys());
        Set<String> chosen = p.themes.stream().map(Theme::key).collect(Collectors.toSet());
        keys.retainAll(chosen);
        p.themes.stream()
                .map(Theme::key)
                .sorted()
                .filter(k -> !keys.contains(k))
                .forEach(keys::add);
        return new ProfileChange(
                p.name,
                p.organisation == null ? null : p.organisation.id(),
                keys,
                p.perspectives,
                new Consent(p.showEmail, p.showPhone, p.showOrganisation),
                actor.version());
    }
}
