package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.web.calendar.IcsCalendar;

/**
 * One coffee chat, from the invitation to the next steps. What I can do depends on where it
 * stands: answer the proposed times, download the calendar file, write the summary and next steps,
 * confirm the shared understanding, tick off next steps.
 */
@Route("me/chats/:chatId")
@RolesAllowed("PARTICIPANT")
public class CoffeeChatView extends ParticipantPage implements BeforeEnterObserver {
    private final CoffeeChats chats;
    private final ThemeNames themes;
    private final MyProfile profile;
    private final Div content = new Div();
    private UUID chatId;

    public CoffeeChatView(CoffeeChats chats, ThemeNames themes, MyProfile profile) {
        super("participant.chat.title");
        this.chats = chats;
        this.themes = themes;
        this.profile = profile;
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            chatId = UUID.fromString(event.getRouteParameters().get("chatId").orElse(""));
            show(chats.chat(chatId));
        } catch (IllegalArgumentException | NotFoundException e) {
            chatId = null;
            content.removeAll();
            Paragraph missing = new Paragraph(getTranslation("participant.chat.notfound"));
            missing.setId("chat-not-found");
            content.add(missing);
        }
    }

    private void show(ChatCard chat) {
        content.removeAll();
        content.add(new H2(getTranslation("participant.chat.with", chat.other().name())));
        content.add(ProfileLines.of(chat.other(), this));
        Div state = new Div(Cards.badge(
                getTranslation("participant.chat.status." + chat.status().name()), null));
        state.setId("chat-status");
        content.add(state);
        String third =
                chat.challengeTitle() != null ? chat.challengeTitle() : themes.name(chat.commonThemeKey(), getLocale());
        content.add(new Paragraph(getTranslation("participant.chat.third", third)));
        if (chat.pitch() != null) {
            content.add(new Paragraph(getTranslation("participant.chat.pitch", chat.pitch())));
        }
        switch (chat.status()) {
            case PROPOSED -> proposed(chat);
            case AGREED -> agreed(chat);
            case HELD -> held(chat);
            case CANCELLED -> content.add(new Paragraph(getTranslation("participant.chat.cancelled")));
        }
    }

    private void proposed(ChatCard chat) {
        // A chat proposed before a place was named (or by an older version) shows no "null" place.
        if (chat.proposedPlace() != null && !chat.proposedPlace().isBlank()) {
            content.add(new Paragraph(getTranslation("participant.chat.proposedplace", chat.proposedPlace())));
        }
        if (!chat.myTurn()) {
            content.add(new Paragraph(
                    getTranslation("participant.chat.waiting", chat.other().name())));
            content.add(new Paragraph(getTranslation(
                    "participant.chat.proposedtimes",
                    String.join(
                            "; ",
                            chat.proposedTimes().stream()
                                    .map(t -> Cards.when(t, getLocale()))
                                    .toList()))));
        } else {
            RadioButtonGroup<LocalDateTime> times = new RadioButtonGroup<>(getTranslation("participant.chat.choose"));
            times.setItems(chat.proposedTimes());
            times.setItemLabelGenerator(t -> Cards.when(t, getLocale()));
            times.setId("chat-choose-time");
            Button accept = new Button(getTranslation("participant.chat.accept"), click -> {
                if (times.getValue() == null) {
                    status.error(getTranslation("participant.chat.choose.missing"));
                    return;
                }
                ChatCard[] result = new ChatCard[1];
                if (status.attempt(
                        () -> result[0] = chats.accept(chat.id(), times.getValue()),
                        getTranslation("participant.chat.accepted"))) {
                    show(result[0]);
                }
            });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setId("chat-accept");
            content.add(times, accept);

            content.add(new H2(getTranslation("participant.chat.other")));
            TimeProposalFields other = new TimeProposalFields(this, "counter");
            TextField place = new TextField(getTranslation("participant.chat.otherplace"));
            place.setHelperText(getTranslation("participant.newchat.place.help"));
            place.setWidthFull();
            place.setId("counter-place");
            Button propose = new Button(getTranslation("participant.chat.proposeother"), click -> {
                ChatCard[] result = new ChatCard[1];
                if (status.attempt(
                        () -> result[0] = chats.proposeOtherTimes(chat.id(), other.times(), place.getValue()),
                        getTranslation("participant.chat.proposed"))) {
                    show(result[0]);
                }
            });
            propose.setId("chat-propose-other");
            content.add(other, place, propose);
        }
        cancelButton(chat);
    }

    private void agreed(ChatCard chat) {
        Paragraph when = new Paragraph(getTranslation(
                "participant.chat.agreedat", Cards.when(chat.scheduledAt(), getLocale()), chat.meetingPlace()));
        when.setId("chat-agreed-at");
        content.add(when);
        Anchor ics = Downloads.link(
                getTranslation("participant.chat.ics"),
                "kaffeprat.ics",
                IcsCalendar.MEDIA_TYPE,
                () -> chats.ics(chat.id(), getLocale()));
        ics.setId("chat-ics");
        content.add(new Paragraph(ics));

        content.add(new H2(getTranslation("participant.chat.after")));
        content.add(new Paragraph(getTranslation("participant.chat.after.help")));
        if (!chats.meetingHasCome(chat)) {
            // The summary is written after the meeting, not before (the domain refuses it too).
            Paragraph later = new Paragraph(
                    getTranslation("participant.chat.after.later", Cards.when(chat.scheduledAt(), getLocale())));
            later.setId("chat-summary-later");
            content.add(later);
            cancelButton(chat);
            return;
        }
        TextArea summary = new TextArea(getTranslation("participant.chat.summary"));
        summary.setHelperText(getTranslation("participant.chat.summary.help"));
        summary.setWidthFull();
        summary.setMaxLength(4000);
        summary.setId("chat-summary");
        content.add(summary);

        UUID me = profile.actor().id();
        List<StepFields> rows = new ArrayList<>();
        Div stepArea = new Div();
        Runnable addRow = () -> {
            StepFields row = new StepFields(rows.size() + 1, me, chat.other());
            rows.add(row);
            stepArea.add(row);
        };
        addRow.run();
        Button more = new Button(getTranslation("participant.chat.step.add"), click -> addRow.run());
        more.setId("chat-step-add");
        Button save = new Button(getTranslation("participant.chat.save"), click -> {
            List<StepDraft> drafts = rows.stream()
                    .filter(StepFields::filled)
                    .map(StepFields::draft)
                    .toList();
            ChatCard[] result = new ChatCard[1];
            if (status.attempt(
                    () -> result[0] = chats.recordSummary(chat.id(), summary.getValue(), drafts),
                    getTranslation("participant.chat.saved"))) {
                show(result[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("chat-save-summary");
        content.add(stepArea, more, save);
        cancelButton(chat);
    }

    private void held(ChatCard chat) {
        content.add(new H2(getTranslation("participant.chat.summary")));
        Paragraph summary = new Paragraph(chat.summary());
        summary.setId("chat-summary-text");
        content.add(summary);
        content.add(new H2(getTranslation("participant.chat.steps")));
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (StepCard step : chat.steps()) {
            Div card = Cards.card(
                    new Paragraph(step.what()),
                    new Paragraph(getTranslation(
                            "participant.step.who",
                            step.responsible(),
                            step.due() == null ? "" : date.format(step.due()),
                            step.withWhom())));
            card.addClassName("chat-step");
            if (step.done()) {
                card.add(Cards.badge(getTranslation("participant.step.isdone"), "success"));
            } else {
                if (step.overdue()) {
                    card.add(Cards.badge(getTranslation("participant.step.overdue"), "error primary"));
                }
                Button done = new Button(getTranslation("participant.step.done"), click -> {
                    ChatCard[] result = new ChatCard[1];
                    if (status.attempt(
                            () -> result[0] = chats.markStepDone(chat.id(), step.stepId()),
                            getTranslation("participant.step.marked", step.what()))) {
                        show(result[0]);
                    }
                });
                done.getElement()
                        .setAttribute("aria-label", getTranslation("participant.step.done.label", step.what()));
                card.add(done);
            }
            content.add(card);
        }
        Paragraph understanding = new Paragraph(
                chat.sharedUnderstanding()
                        ? getTranslation("participant.chat.shared")
                        : chat.iConfirmed()
                                ? getTranslation(
                                        "participant.chat.waitconfirm",
                                        chat.other().name())
                                : getTranslation("participant.chat.pleaseconfirm"));
        understanding.setId("chat-understanding");
        content.add(understanding);
        if (!chat.iConfirmed()) {
            Button confirm = new Button(getTranslation("participant.chat.confirm"), click -> {
                ChatCard[] result = new ChatCard[1];
                if (status.attempt(
                        () -> result[0] = chats.confirm(chat.id()), getTranslation("participant.chat.confirmed"))) {
                    show(result[0]);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("chat-confirm");
            content.add(confirm);
        }
    }

    private void cancelButton(ChatCard chat) {
        Button cancel = new Button(getTranslation("participant.chat.cancel"), click -> {
            ChatCard[] result = new ChatCard[1];
            if (status.attempt(
                    () -> result[0] = chats.cancel(chat.id()), getTranslation("participant.chat.cancelled"))) {
                show(result[0]);
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.setId("chat-cancel");
        content.add(new Paragraph(cancel));
    }

    /** One next step: what, who (one of the two), by when. */
    private final class StepFields extends FlexLayout {
        private final TextField what = new TextField();
        private final Select<UUID> who = new Select<>();
        private final DatePicker due = no.fellesgrunn.web.i18n.Pickers.localised(new DatePicker());

        StepFields(int n, UUID me, VisibleProfile other) {
            setFlexWrap(FlexWrap.WRAP);
            getStyle().set("gap", "var(--lumo-space-s)");
            addClassName("step-fields");
            what.setLabel(getTranslation("participant.chat.step.what", n));
            what.setId("step-what-" + n);
            what.setMinWidth("16rem");
            who.setLabel(getTranslation("participant.chat.step.who", n));
            who.setItems(me, other.actorId());
            who.setItemLabelGenerator(id -> id.equals(me) ? getTranslation("participant.chat.step.me") : other.name());
            who.setValue(me);
            who.setId("step-who-" + n);
            due.setLabel(getTranslation("participant.chat.step.due", n));
            due.setLocale(getLocale());
            due.setId("step-due-" + n);
            add(what, who, due);
        }

        boolean filled() {
            return !what.getValue().isBlank();
        }

        StepDraft draft() {
            return new StepDraft(what.getValue(), who.getValue(), due.getValue());
        }
    }
}
