package no.fellesgrunn.web.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChatStatus;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.participant.EventSchedule;
import no.fellesgrunn.web.participant.ScheduleReader;
import no.fellesgrunn.web.participant.ScheduleRow;
import org.springframework.stereotype.Component;

/**
 * A participant's calendar: every round they are seated in (latest published plans) and every
 * agreed coffee chat. Used for the .ics download, the subscription feed and mail attachments; the
 * caller has already established whose calendar it is.
 */
@Component
public class ParticipantCalendar {
    /** Coffee chats last about an hour; the calendar needs an end. */
    private static final long CHAT_MINUTES = 60;

    private final ScheduleReader schedules;
    private final CoffeeChatRepository chats;
    private final ActorRepository actors;
    private final IcsCalendar ics;
    private final FellesgrunnI18NProvider i18n;

    public ParticipantCalendar(
            ScheduleReader schedules,
            CoffeeChatRepository chats,
            ActorRepository actors,
            IcsCalendar ics,
            FellesgrunnI18NProvider i18n) {
        this.schedules = schedules;
        this.chats = chats;
        this.actors = actors;
        this.ics = ics;
        this.i18n = i18n;
    }

    public byte[] icsFor(UUID actorId, Locale locale) {
        return ics.write(i18n.getTranslation("participant.calendar.name", locale), entriesFor(actorId, locale));
    }

    public List<CalendarEntry> entriesFor(UUID actorId, Locale locale) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (EventSchedule schedule : schedules.schedulesOf(actorId)) {
            entries.addAll(rounds(schedule, locale));
        }
        for (CoffeeChat chat : chats.findByActor(actorId)) {
            if (chat.status() == CoffeeChatStatus.AGREED || chat.status() == CoffeeChatStatus.HELD) {
                entries.add(chatEntry(chat, actorId, locale));
            }
        }
        return entries;
    }

    public List<CalendarEntry> rounds(EventSchedule schedule, Locale locale) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (ScheduleRow row : schedule.rows()) {
            if (!row.seated()) {
                entries.add(new CalendarEntry(
                        "round-" + schedule.eventId() + "-" + row.round() + "@fellesgrunn",
                        row.start(),
                        row.end(),
                        i18n.getTranslation("participant.calendar.unseated", locale, row.round(), schedule.eventName()),
                        schedule.venue(),
                        i18n.getTranslation("participant.schedule.unseated", locale) + " "
                                + contact(schedule, locale)));
                continue;
            }
            String what = row.challenge() == null
                    ? i18n.getTranslation("participant.schedule.opentable", locale)
                    : row.challenge();
            entries.add(new CalendarEntry(
                    "round-" + schedule.eventId() + "-" + row.round() + "@fellesgrunn",
                    row.start(),
                    row.end(),
                    i18n.getTranslation("participant.calendar.round", locale, row.round(), schedule.eventName(), what),
                    schedule.venue() + ", " + row.room() + ", "
                            + i18n.getTranslation("participant.schedule.table", locale) + " " + row.table(),
                    i18n.getTranslation(
                            "participant.calendar.tablemates",
                            locale,
                            String.join(
                                    ", ",
                                    row.tablemates().stream().map(p -> p.name()).toList()))));
        }
        return entries;
    }

    private String contact(EventSchedule schedule, Locale locale) {
        if (schedule.organisers().isEmpty()) {
            return i18n.getTranslation("participant.schedule.unseated.contact.anyone", locale);
        }
        return i18n.getTranslation(
                "participant.schedule.unseated.contact",
                locale,
                String.join(
                        ", ",
                        schedule.organisers().stream()
                                .map(p -> p.email() == null ? p.name() : p.name() + " (" + p.email() + ")")
                                .toList()));
    }

    public CalendarEntry chatEntry(CoffeeChat chat, UUID forActor, Locale locale) {
        UUID otherId = chat.initiatorId().equals(forActor) ? chat.partnerId() : chat.initiatorId();
        String other = actors.findById(otherId).map(Actor::name).orElse("");
        return new CalendarEntry(
                "chat-" + chat.id() + "@fellesgrunn",
                chat.scheduledAt(),
                chat.scheduledAt().plusMinutes(CHAT_MINUTES),
                i18n.getTranslation("participant.calendar.chat", locale, other),
                chat.meetingPlace(),
                chat.pitch());
    }

    public byte[] chatIcs(CoffeeChat chat, UUID forActor, Locale locale) {
        return ics.write(
                i18n.getTranslation("participant.calendar.name", locale), List.of(chatEntry(chat, forActor, locale)));
    }
}
