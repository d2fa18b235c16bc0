package no.fellesgrunn.web.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.coffeechat.NextStep;
import no.fellesgrunn.domain.outcome.Reminder;
import no.fellesgrunn.domain.outcome.ReminderLog;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.i18n.Formats;
import no.fellesgrunn.web.i18n.RecipientLanguages;
import no.fellesgrunn.web.mail.Mail;
import no.fellesgrunn.web.mail.Mailer;
import no.fellesgrunn.web.mail.PublicAddress;
import no.fellesgrunn.web.participant.ParticipantClock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the owner of a table's or a coffee chat's next step a week before its due date and once it is overdue, each
 * once ({@link ReminderLog} claims it first, so two nodes do not both send it), in the owner's
 * language ({@link RecipientLanguages}: the language they chose, else nynorsk if they list nn among
 * their languages, English if they list no Norwegian, otherwise bokmål). Runs every morning at 07:00 Oslo time ({@code fellesgrunn.reminders.cron}).
 */
@Component
public class StepReminders {
    private final TableOutcomeRepository outcomes;
    private final ReminderLog log;
    private final ActorRepository actors;
    private final Mailer mailer;
    private final FellesgrunnI18NProvider i18n;
    private final PublicAddress address;
    private final ParticipantClock clock;
    private final CoffeeChatRepository chats;
    private final RecipientLanguages languages;

    public StepReminders(
            TableOutcomeRepository outcomes,
            ReminderLog log,
            ActorRepository actors,
            Mailer mailer,
            FellesgrunnI18NProvider i18n,
            PublicAddress address,
            ParticipantClock clock,
            CoffeeChatRepository chats,
            RecipientLanguages languages) {
        this.chats = chats;
        this.languages = languages;
        this.outcomes = outcomes;
        this.log = log;
        this.actors = actors;
        this.mailer = mailer;
        this.i18n = i18n;
        this.address = address;
        this.clock = clock;
    }

    @Scheduled(cron = "${fellesgrunn.reminders.cron:0 0 7 * * *}", zone = "Europe/Oslo")
    public void everyMorning() {
        send(clock.today(), clock.now());
    }

    /** Sends the reminders due today that were not sent before; returns how many were sent. */
    public int send(LocalDate today, Instant now) {
        int sent = 0;
        for (TableOutcome outcome : outcomes.findWithOpenPersonalSteps()) {
            for (TableStep step : outcome.steps()) {
                var reminder = Reminder.due(step, today);
                if (reminder.isEmpty()) {
                    continue;
                }
                Actor owner = actors.findById(step.owner().actorId()).orElse(null);
                if (owner == null || !log.claim(step.id(), reminder.get(), now)) {
                    continue;
                }
                Locale language = languages.of(owner.email().value());
                String key = "outcome.mail." + (reminder.get() == Reminder.OVERDUE ? "overdue" : "soon");
                mailer.send(Mail.text(
                        owner.email().value(),
                        i18n.getTranslation(key + ".subject", language, step.what()),
                        i18n.getTranslation(
                                key + ".body",
                                language,
                                owner.name(),
                                step.what(),
                                Formats.date(step.due(), language),
                                address.link("me/commitments"))));
                sent++;
            }
        }
        return sent + sendChatSteps(today, now);
    }

    /** The same reminders for the next steps agreed in coffee chats; the mail names the other person. */
    private int sendChatSteps(LocalDate today, Instant now) {
        int sent = 0;
        for (CoffeeChat chat : chats.findHeldWithOpenSteps()) {
            for (NextStep step : chat.nextSteps()) {
                var reminder = Reminder.due(step.due(), !step.done(), today);
                if (reminder.isEmpty()) {
                    continue;
                }
                Actor owner = actors.findById(step.responsibleActorId()).orElse(null);
                UUID otherId =
                        step.responsibleActorId().equals(chat.initiatorId()) ? chat.partnerId() : chat.initiatorId();
                String other = actors.findById(otherId).map(Actor::name).orElse("");
                if (owner == null || !log.claim(step.id(), reminder.get(), now)) {
                    continue;
                }
                Locale language = languages.of(owner.email().value());
                String kind = reminder.get() == Reminder.OVERDUE ? "overdue" : "soon";
                mailer.send(Mail.text(
                        owner.email().value(),
                        i18n.getTranslation("outcome.mail." + kind + ".subject", language, step.what()),
                        i18n.getTranslation(
                                "outcome.mail.chat." + kind + ".body",
                                language,
                                owner.name(),
                                step.what(),
                                Formats.date(step.due(), language),
                                address.link("me/commitments"),
                                other)));
                sent++;
            }
        }
        return sent;
    }
}
