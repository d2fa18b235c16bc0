package no.fellesgrunn.web.organiser.participants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.ProfileChange;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.web.i18n.DomainMessages;

/**
 * Editing on a participant's behalf, for someone who phones in or fills in paper: the rounds they
 * can attend, up to three wishes in order, an accessible table, needs at the venue and the status,
 * on a {@link Binder}; and, for someone in the organiser's care, their whole profile
 * ({@link OnBehalfProfile}). The rules are the domain's: a refused save (a challenge wished twice,
 * someone else changed it meanwhile) keeps everything typed in.
 */
class OnBehalfDialog extends Dialog {
    static final int WISH_FIELDS = 3;

    /** The registration as the form edits it. */
    static final class Form {
        Set<Round> rounds = Set.of();
        final UUID[] wishes = new UUID[WISH_FIELDS];
        boolean accessible;
        String venueNeeds;
        RegistrationStatus status;
    }

    private final ParticipantAdministration administration;
    private final ParticipantAdministration.OnBehalf opened;
    private final Runnable afterSave;
    private final Binder<Form> binder = new Binder<>();
    final CheckboxGroup<Round> rounds = new CheckboxGroup<>();
    final List<ComboBox<UUID>> wishes = new ArrayList<>();
    final Checkbox accessible = new Checkbox();
    final TextArea venueNeeds = new TextArea();
    final Select<RegistrationStatus> status = new Select<>();
    final OnBehalfProfile profile;
    final Paragraph message = new Paragraph();
    final Button save = new Button();

    OnBehalfDialog(
            ParticipantAdministration administration,
            ParticipantAdministration.OnBehalf opened,
            Map<UUID, String> challengeTitles,
            List<Theme> themes,
            Function<Theme, String> themeName,
            Runnable afterSave) {
        this.administration = administration;
        this.opened = opened;
        this.afterSave = afterSave;
        Registration r = opened.registration();
        setHeaderTitle(getTranslation("onbehalf.title", opened.actor().name()));
        setId("onbehalf-dialog");

        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        rounds.setLabel(getTranslation("onbehalf.rounds"));
        rounds.setId("onbehalf-rounds");
        rounds.setItems(opened.event().rounds());
        rounds.setItemLabelGenerator(round ->
                getTranslation("onbehalf.round", round.number(), time.format(round.start()), time.format(round.end())));
        binder.forField(rounds).bind(f -> f.rounds, (f, v) -> f.rounds = v);
        VerticalLayout form = new VerticalLayout(rounds);
        form.setPadding(false);
        for (int i = 0; i < WISH_FIELDS; i++) {
            int place = i;
            ComboBox<UUID> wish = new ComboBox<>(getTranslation("onbehalf.wish", i + 1));
            wish.setId("onbehalf-wish-" + (i + 1));
            wish.setItems(challengeTitles.keySet());
            wish.setItemLabelGenerator(id -> challengeTitles.getOrDefault(id, id.toString()));
            wish.setClearButtonVisible(true);
            wish.setWidthFull();
            binder.forField(wish).bind(f -> f.wishes[place], (f, v) -> f.wishes[place] = v);
            wishes.add(wish);
            form.add(wish);
        }
        accessible.setLabel(getTranslation("onbehalf.accessible"));
        accessible.setId("onbehalf-accessible");
        binder.forField(accessible).bind(f -> f.accessible, (f, v) -> f.accessible = v);
        venueNeeds.setLabel(getTranslation("onbehalf.needs"));
        venueNeeds.setId("onbehalf-needs");
        venueNeeds.setMaxLength(1000);
        venueNeeds.setWidthFull();
        binder.forField(venueNeeds).bind(f -> f.venueNeeds, (f, v) -> f.venueNeeds = v);
        status.setLabel(getTranslation("onbehalf.status"));
        status.setId("onbehalf-status");
        List<RegistrationStatus> choices = new ArrayList<>();
        choices.add(r.status());
        choices.addAll(r.status().next());
        status.setItems(choices);
        status.setItemLabelGenerator(s -> getTranslation("participants.regstatus." + s.name()));
        binder.forField(status).bind(f -> f.status, (f, v) -> f.status = v);
        binder.readBean(read(r));
        message.setId("onbehalf-message");
        message.getElement().setAttribute("role", "status");
        form.add(accessible, venueNeeds, status);
        if (opened.profileInCare()) {
            profile = new OnBehalfProfile(opened.actor(), opened.organisations(), themes, themeName);
            form.add(profile);
        } else {
            profile = null;
            Paragraph own = new Paragraph(getTranslation("onbehalf.profile.own"));
            own.setId("onbehalf-profile-own");
            form.add(own);
        }
        form.add(message);
        add(form);

        save.setText(getTranslation("onbehalf.save"));
        save.setId("onbehalf-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("onbehalf.cancel"), click -> close());
        cancel.setId("onbehalf-cancel");
        getFooter().add(cancel, save);
    }

    private Form read(Registration r) {
        Form f = new Form();
        f.rounds = opened.event().rounds().stream()
                .filter(x -> r.availableRounds().contains(x.id()))
                .collect(Collectors.toSet());
        for (int i = 0; i < WISH_FIELDS && i < r.wishes().size(); i++) {
            f.wishes[i] = r.wishes().get(i);
        }
        f.accessible = r.needsAccessibleTable();
        f.venueNeeds = r.venueNeeds() == null ? "" : r.venueNeeds();
        f.status = r.status();
        return f;
    }

    void save() {
        message.setText("");
        wishes.forEach(w -> w.setInvalid(false));
        Form f = new Form();
        ProfileChange change = profile == null ? null : profile.write();
        if (!binder.writeBeanIfValid(f) || (profile != null && change == null)) {
            return;
        }
        Registration r = opened.registration();
        List<UUID> chosen =
                java.util.Arrays.stream(f.wishes).filter(Objects::nonNull).toList();
        Set<UUID> roundIds = f.rounds.stream().map(Round::id).collect(Collectors.toCollection(LinkedHashSet::new));
        try {
            Registration edited = new Registration(
                    r.id(),
                    r.eventId(),
                    r.actorId(),
                    roundIds,
                    chosen,
                    f.accessible,
                    f.venueNeeds,
                    f.status,
                    r.version());
            administration.saveOnBehalf(r.eventId(), edited, change);
            close();
            afterSave.run();
        } catch (StaleEditException stale) {
            message.setText(getTranslation("onbehalf.stale", stale.lastEditedBy() == null ? "" : stale.lastEditedBy()));
        } catch (DomainException refused) {
            if (refused.error() == DomainError.WISH_TWICE) {
                // The registration's rule; the form shows it on the wishes that name a challenge again.
                List<UUID> seen = new ArrayList<>();
                for (ComboBox<UUID> wish : wishes) {
                    if (wish.getValue() != null && seen.contains(wish.getValue())) {
                        wish.setErrorMessage(getTranslation("onbehalf.error.twice"));
                        wish.setInvalid(true);
                    }
                    seen.add(wish.getValue());
                }
            }
            message.setText(getTranslation("onbehalf.refused", DomainMessages.text(this, refused)));
        }
    }
}
