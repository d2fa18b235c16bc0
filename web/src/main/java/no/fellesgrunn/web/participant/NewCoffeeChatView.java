package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;

/**
 * Inviting someone to a coffee chat, following the method: who, the common third (a theme or a
 * challenge), a pitch (why exactly this person, what both could gain), two or three times and a
 * neutral meeting place in or near both municipalities.
 */
@Route("me/chats/new")
@RolesAllowed("PARTICIPANT")
public class NewCoffeeChatView extends ParticipantPage implements BeforeEnterObserver {
    private final ComboBox<Invitee> person = new ComboBox<>();
    private final List<Invitee> invitees;
    private final Paragraph municipalities = new Paragraph();

    public NewCoffeeChatView(CoffeeChats chats, ReferenceDataRepository reference, MyProfile profile) {
        super("participant.newchat.title");
        add(new Paragraph(getTranslation("participant.newchat.intro")));
        invitees = chats.invitable();

        person.setLabel(getTranslation("participant.newchat.person"));
        person.setItems(invitees);
        person.setItemLabelGenerator(i -> i.profile().name()
                + (i.matchId() != null
                        ? " – " + getTranslation("participant.newchat.match")
                        : " – " + getTranslation("participant.newchat.directory")));
        person.setRequired(true);
        person.setWidthFull();
        person.setId("chat-person");
        person.setHelperText(getTranslation("participant.newchat.person.help"));

        RadioButtonGroup<String> kind = new RadioButtonGroup<>(getTranslation("participant.newchat.third"));
        kind.setItems("theme", "challenge");
        kind.setItemLabelGenerator(k -> getTranslation("participant.newchat.third." + k));
        kind.setValue("theme");
        kind.setId("chat-third-kind");
        ComboBox<Theme> theme = new ComboBox<>(getTranslation("participant.newchat.theme"));
        theme.setItems(reference.themes());
        theme.setItemLabelGenerator(t -> ThemeNames.name(t, getLocale()));
        theme.setId("chat-theme");
        theme.setWidthFull();
        ComboBox<Challenge> challenge = new ComboBox<>(getTranslation("participant.newchat.challenge"));
        challenge.setItems(chats.challenges());
        challenge.setItemLabelGenerator(Challenge::title);
        challenge.setId("chat-challenge");
        challenge.setWidthFull();
        challenge.setVisible(false);
        kind.addValueChangeListener(e -> {
            theme.setVisible("theme".equals(e.getValue()));
            challenge.setVisible("challenge".equals(e.getValue()));
        });
        person.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().sharedThemes().isEmpty()) {
                reference.theme(e.getValue().sharedThemes().get(0)).ifPresent(theme::setValue);
            }
            String mine = profile.actor().homeMunicipality();
            String theirs = e.getValue() == null || e.getValue().profile().municipality() == null
                    ? ""
                    : e.getValue().profile().municipality();
            municipalities.setText(getTranslation(
                    "participant.newchat.municipalities",
                    reference.municipality(mine).map(m -> m.name()).orElse(mine),
                    theirs));
        });

        TextArea pitch = new TextArea(getTranslation("participant.newchat.pitch"));
        pitch.setHelperText(getTranslation("participant.newchat.pitch.help"));
        pitch.setMaxLength(2000);
        pitch.setRequired(true);
        pitch.setWidthFull();
        pitch.setId("chat-pitch");

        TimeProposalFields times = new TimeProposalFields(this, "chat");
        TextField place = new TextField(getTranslation("participant.newchat.place"));
        place.setHelperText(getTranslation("participant.newchat.place.help"));
        place.setRequired(true);
        place.setWidthFull();
        place.setId("chat-place");

        Button send = new Button(getTranslation("participant.newchat.send"), click -> {
            if (person.getValue() == null) {
                status.error(getTranslation("participant.newchat.person.missing"));
                person.focus();
                return;
            }
            ChatInvitation invitation = new ChatInvitation(
                    person.getValue().actorId(),
                    "theme".equals(kind.getValue()) && theme.getValue() != null
                            ? theme.getValue().key()
                            : null,
                    "challenge".equals(kind.getValue()) && challenge.getValue() != null
                            ? challenge.getValue().id()
                            : null,
                    pitch.getValue(),
                    times.times(),
                    place.getValue());
            ChatCard[] created = new ChatCard[1];
            if (status.attempt(() -> created[0] = chats.invite(invitation), null)) {
                UI.getCurrent()
                        .navigate(
                                CoffeeChatView.class,
                                new RouteParameters("chatId", created[0].id().toString()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("chat-send");

        add(
                person,
                municipalities,
                kind,
                theme,
                challenge,
                pitch,
                new H2(getTranslation("participant.newchat.when")),
                new Paragraph(getTranslation("participant.newchat.when.help")),
                times,
                place,
                send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("partner").ifPresent(id -> {
            try {
                UUID partner = UUID.fromString(id);
                invitees.stream()
                        .filter(i -> i.actorId().equals(partner))
                        .findFirst()
                        .ifPresent(person::setValue);
            } catch (IllegalArgumentException notAnId) {
                // An edited address: leave the choice empty.
            }
        });
    }
}
