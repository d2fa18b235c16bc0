package no.fellesgrunn.web.organiser.participants;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationStatus;

/**
 * Editing a registration on a participant's behalf, for someone who phones in or fills in paper:
 * the rounds they can attend, up to three wishes in order, an accessible table, needs at the venue
 * and the status. A refused save (someone else changed it) keeps everything typed in.
 */
class OnBehalfDialog extends Dialog {
    static final int WISH_FIELDS = 3;
    private final ParticipantAdministration administration;
    private final ParticipantAdministration.OnBehalf opened;
    private final Runnable afterSave;
    final CheckboxGroup<Round> rounds = new CheckboxGroup<>();
    final List<ComboBox<UUID>> wishes = new ArrayList<>();
    final Checkbox accessible = new Checkbox();
    final TextArea venueNeeds = new TextArea();
    final Select<RegistrationStatus> status = new Select<>();
    final Paragraph message = new Paragraph();
    final Button save = new Button();

    OnBehalfDialog(ParticipantAdministration administration, ParticipantAdministration.OnBehalf opened,
                   Map<UUID, String> challengeTitles, Runnable afterSave) {
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
        rounds.setItemLabelGenerator(round -> getTranslation("onbehalf.round", round.number(),
                time.format(round.start()), time.format(round.end())));
        rounds.setValue(opened.event().rounds().stream().filter(x -> r.availableRounds().contains(x.id()))
                .collect(Collectors.toSet()));
        VerticalLayout form = new VerticalLayout(rounds);
        form.setPadding(false);
        for (int i = 0; i < WISH_FIELDS; i++) {
            ComboBox<UUID> wish = new ComboBox<>(getTranslation("onbehalf.wish", i + 1));
            wish.setId("onbehalf-wish-" + (i + 1));
            wish.setItems(challengeTitles.keySet());
            wish.setItemLabelGenerator(id -> challengeTitles.getOrDefault(id, id.toString()));
            wish.setClearButtonVisible(true);
            wish.setWidthFull();
            if (i < r.wishes().size()) {
                wish.setValue(r.wishes().get(i));
            }
            wishes.add(wish);
            form.add(wish);
        }
        accessible.setLabel(getTranslation("onbehalf.accessible"));
        accessible.setId("onbehalf-accessible");
        accessible.setValue(r.needsAccessibleTable());
        venueNeeds.setLabel(getTranslation("onbehalf.needs"));
        venueNeeds.setId("onbehalf-needs");
        venueNeeds.setMaxLength(1000);
        venueNeeds.setWidthFull();
        venueNeeds.setValue(r.venueNeeds() == null ? "" : r.venueNeeds());
        status.setLabel(getTranslation("onbehalf.status"));
        status.setId("onbehalf-status");
        List<RegistrationStatus> choices = new ArrayList<>();
        choices.add(r.status());
        choices.addAll(r.status().next());
        status.setItems(choices);
        status.setItemLabelGenerator(s -> getTranslation("participants.regstatus." + s.name()));
        status.setValue(r.status());
        message.setId("onbehalf-message");
        message.getElement().setAttribute("role", "status");
        form.add(accessible, venueNeeds, status, message);
        add(form);

        save.setText(getTranslation("onbehalf.save"));
        save.setId("onbehalf-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("onbehalf.cancel"), click -> close());
        cancel.setId("onbehalf-cancel");
        getFooter().add(cancel, save);
    }

    void save() {
        message.setText("");
        wishes.forEach(w -> w.setInvalid(false));
        List<UUID> chosen = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        boolean bad = false;
        for (ComboBox<UUID> wish : wishes) {
            UUID value = wish.getValue();
            if (value != null && !seen.add(value)) {
                wish.setErrorMessage(getTranslation("onbehalf.error.twice"));
                wish.setInvalid(true);
                bad = true;
            } else if (value != null) {
                chosen.add(value);
            }
        }
        if (bad) {
            return;
        }
        Registration r = opened.registration();
        Set<UUID> roundIds = rounds.getValue().stream().map(Round::id).collect(Collectors.toCollection(LinkedHashSet::new));
        try {
            Registration edited = new Registration(r.id(), r.eventId(), r.actorId(), roundIds, chosen,
                    accessible.getValue(), venueNeeds.getValue(), status.getValue(), r.version());
            administration.saveOnBehalf(r.eventId(), edited);
            close();
            afterSave.run();
        } catch (StaleEditException stale) {
            message.setText(getTranslation("onbehalf.stale", stale.lastEditedBy() == null ? "" : stale.lastEditedBy()));
        } catch (DomainException refused) {
            message.setText(getTranslation("onbehalf.refused", no.fellesgrunn.web.i18n.DomainMessages.text(this, refused)));
        }
    }
}
