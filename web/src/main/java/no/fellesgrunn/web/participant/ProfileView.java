package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.registration.Registration;

/**
 * My profile (organisation, sector, themes, perspectives, languages, accessibility needs and what
 * others may see) and my registration for each open event: rounds I can attend and my wishes in order.
 */
@Route("me/profile")
@RolesAllowed("PARTICIPANT")
public class ProfileView extends ParticipantPage {
    private static final List<String> LANGUAGES = List.of("nb", "nn", "se", "en", "uk", "ar", "so", "pl");
    private final MyProfile profile;
    private final ReferenceDataRepository reference;

    public ProfileView(MyProfile profile, ReferenceDataRepository reference) {
        super("participant.profile.title");
        this.profile = profile;
        this.reference = reference;
        add(new Paragraph(getTranslation("participant.profile.intro")));
        add(profileForm());
        for (RegionalEvent event : profile.events()) {
            add(registrationForm(event));
        }
    }

    private Div profileForm() {
        ProfileForm current = profile.form();
        Div form = new Div();
        form.add(new H2(getTranslation("participant.profile.about")));
        TextField name = field("participant.profile.name", current.name(), "profile-name");
        name.setRequired(true);
        TextField phone = field("participant.profile.phone", current.phone(), "profile-phone");
        ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("participant.profile.organisation"));
        List<Organisation> organisations = profile.organisations();
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setHelperText(getTranslation("participant.profile.organisation.help"));
        organisation.setClearButtonVisible(true);
        organisation.setWidthFull();
        organisation.setId("profile-organisation");
        organisations.stream()
                .filter(o -> o.id().equals(current.organisationId()))
                .findFirst()
                .ifPresent(organisation::setValue);
        TextField newOrganisation = field("participant.profile.neworganisation", null, "profile-new-organisation");
        ComboBox<Sector> sector = new ComboBox<>(getTranslation("participant.profile.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("participant.sector." + s.name()));
        sector.setHelperText(getTranslation("participant.profile.sector.help"));
        sector.setId("profile-sector");
        TextField role = field("participant.profile.role", current.roleTitle(), "profile-role");
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("participant.profile.municipality"));
        List<Municipality> municipalities = reference.municipalities();
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.number() + ")");
        municipality.setRequired(true);
        municipality.setWidthFull();
        municipality.setId("profile-municipality");
        municipalities.stream()
                .filter(m -> m.number().equals(current.homeMunicipality()))
                .findFirst()
                .ifPresent(municipality::setValue);

        List<Theme> allThemes = reference.themes();
        MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>(getTranslation("participant.profile.themes"));
        themes.setItems(allThemes);
        themes.setItemLabelGenerator(t -> ThemeNames.name(t, getLocale()));
        themes.setHelperText(getTranslation("participant.profile.themes.help"));
        themes.setWidthFull();
        themes.setId("profile-themes");
        List<Theme> chosen = new ArrayList<>();
        current.themes().forEach(k -> allThemes.stream()
                .filter(t -> t.key().equals(k))
                .findFirst()
                .ifPresent(chosen::add));
        themes.setValue(new LinkedHashSet<>(chosen));
        CheckboxGroup<Perspective> perspectives =
                new CheckboxGroup<>(getTranslation("participant.profile.perspectives"));
        perspectives.setItems(Perspective.values());
        perspectives.setItemLabelGenerator(p -> getTranslation("participant.perspective." + p.name()));
        perspectives.setValue(current.perspectives());
        perspectives.setId("profile-perspectives");
        MultiSelectComboBox<String> languages =
                new MultiSelectComboBox<>(getTranslation("participant.profile.languages"));
        Set<String> languageItems = new LinkedHashSet<>(LANGUAGES);
        languageItems.addAll(current.languages());
        languages.setItems(languageItems);
        languages.setItemLabelGenerator(
                code -> getTranslation("participant.language." + code).startsWith("!")
                        ? code
                        : getTranslation("participant.language." + code));
        languages.setValue(current.languages());
        languages.setId("profile-languages");
        TextArea needs = new TextArea(getTranslation("participant.profile.needs"));
        needs.setValue(Objects.requireNonNullElse(current.accessibilityNeeds(), ""));
        needs.setHelperText(getTranslation("participant.profile.needs.help"));
        needs.setWidthFull();
        needs.setId("profile-needs");

        H3 visibility = new H3(getTranslation("participant.profile.visibility"));
        Paragraph visibilityHelp = new Paragraph(getTranslation("participant.profile.visibility.help"));
        Checkbox showEmail = checkbox("participant.profile.showemail", current.showEmail(), "profile-show-email");
        Checkbox showPhone = checkbox("participant.profile.showphone", current.showPhone(), "profile-show-phone");
        Checkbox showOrganisation = checkbox(
                "participant.profile.showorganisation", current.showOrganisation(), "profile-show-organisation");
        Checkbox listed = checkbox("participant.profile.directory", current.listedInDirectory(), "profile-directory");

        int[] version = {current.version()};
        Button save = new Button(getTranslation("participant.profile.save"), click -> {
            List<String> themeKeys = new ArrayList<>();
            // Keep the order the person picked them in: the first is the most important.
            chosen.retainAll(themes.getValue());
            themes.getValue().stream().filter(t -> !chosen.contains(t)).forEach(chosen::add);
            chosen.forEach(t -> themeKeys.add(t.key()));
            ProfileForm edited = new ProfileForm(
                    name.getValue(),
                    blankToNull(phone.getValue()),
                    organisation.getValue() == null
                            ? null
                            : organisation.getValue().id(),
                    blankToNull(newOrganisation.getValue()),
                    sector.getValue(),
                    blankToNull(role.getValue()),
                    municipality.getValue() == null
                            ? null
                            : municipality.getValue().number(),
                    themeKeys,
                    new HashSet<>(perspectives.getValue()),
                    new HashSet<>(languages.getValue()),
                    blankToNull(needs.getValue()),
                    showEmail.getValue(),
                    showPhone.getValue(),
                    showOrganisation.getValue(),
                    listed.getValue(),
                    version[0]);
            status.attempt(
                    () -> version[0] = profile.save(edited).version(), getTranslation("participant.profile.saved"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("profile-save");
        form.add(
                name,
                phone,
                organisation,
                newOrganisation,
                sector,
                role,
                municipality,
                themes,
                perspectives,
                languages,
                needs,
                visibility,
                visibilityHelp,
                showEmail,
                showPhone,
                showOrganisation,
                listed,
                save);
        return form;
    }

    private Div registrationForm(RegionalEvent event) {
        Div form = new Div();
        form.addClassName("registration-form");
        form.add(new H2(getTranslation("participant.registration.title", event.name())));
        Registration existing = profile.registration(event.id()).orElse(null);
        if (existing != null) {
            form.add(new Paragraph(getTranslation(
                    "participant.registration.status." + existing.status().name())));
        }
        CheckboxGroup<Round> rounds = new CheckboxGroup<>(getTranslation("participant.registration.rounds"));
        rounds.setItems(event.rounds());
        rounds.setItemLabelGenerator(r -> getTranslation(
                "participant.schedule.round",
                r.number(),
                Cards.time(r.start(), getLocale()),
                Cards.time(r.end(), getLocale())));
        rounds.setId("registration-rounds-" + event.id());
        rounds.addClassName("registration-rounds");
        if (existing != null) {
            rounds.setValue(new HashSet<>(event.rounds().stream()
                    .filter(r -> existing.availableRounds().contains(r.id()))
                    .toList()));
        } else {
            rounds.setValue(new HashSet<>(event.rounds()));
        }
        List<Challenge> offered = profile.offeredChallenges(event);
        List<ComboBox<Challenge>> wishes = new ArrayList<>();
        for (int rank = 1; rank <= 3; rank++) {
            ComboBox<Challenge> wish = new ComboBox<>(getTranslation("participant.registration.wish", rank));
            wish.setItems(offered);
            wish.setItemLabelGenerator(Challenge::title);
            wish.setClearButtonVisible(true);
            wish.setWidthFull();
            wish.setId("registration-wish-" + rank + "-" + event.id());
            wish.addClassName("registration-wish-" + rank);
            if (existing != null && existing.wishes().size() >= rank) {
                UUID id = existing.wishes().get(rank - 1);
                offered.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(wish::setValue);
            }
            wishes.add(wish);
        }
        Checkbox accessible = checkbox(
                "participant.registration.accessible",
                existing != null && existing.needsAccessibleTable(),
                "registration-accessible-" + event.id());
        TextArea venueNeeds = new TextArea(getTranslation("participant.registration.venueneeds"));
        venueNeeds.setWidthFull();
        venueNeeds.setValue(existing == null || existing.venueNeeds() == null ? "" : existing.venueNeeds());
        Button register = new Button(
                getTranslation(
                        existing == null ? "participant.registration.register" : "participant.registration.update"),
                click -> {
                    List<UUID> wishIds = wishes.stream()
                            .map(ComboBox::getValue)
                            .filter(Objects::nonNull)
                            .map(Challenge::id)
                            .distinct()
                            .toList();
                    Set<UUID> roundIds = new HashSet<>(
                            rounds.getValue().stream().map(Round::id).toList());
                    status.attempt(
                            () -> profile.register(
                                    event.id(),
                                    roundIds,
                                    wishIds,
                                    accessible.getValue(),
                                    blankToNull(venueNeeds.getValue())),
                            getTranslation("participant.registration.done", event.name()));
                });
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClassName("registration-submit");
        form.add(rounds);
        wishes.forEach(form::add);
        form.add(accessible, venueNeeds, register);
        return form;
    }

    private TextField field(String key, String value, String id) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.setWidthFull();
        field.setId(id);
        return field;
    }

    private Checkbox checkbox(String key, boolean value, String id) {
        Checkbox box = new Checkbox(getTranslation(key), value);
        box.setId(id);
        return box;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
