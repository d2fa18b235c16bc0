package no.fellesgrunn.web.participant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.infra.mail.JdbcEventMailLog;
import no.fellesgrunn.web.calendar.IcsCalendar;
import no.fellesgrunn.web.calendar.ParticipantCalendar;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.mail.ParticipantMails;
import no.fellesgrunn.web.security.CurrentUser;
import no.fellesgrunn.web.solver.PublishedMatches;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the organiser workspace calls after publishing, so participants hear of it by mail:
 * {@link #matchesPublished} once an event's matches are visible, {@link #schedulePublished} after
 * a plan version is published (mails only those whose seats are new or changed). Each publication's
 * mail is written down per recipient ({@link JdbcEventMailLog}), so the organiser sees what the event
 * sent; a mail the server refuses is logged as not sent and does not stop the others.
 */
@Service
public class ParticipantNotifications {
    private final RegionalEventRepository events;
    private final PlanRepository plans;
    private final PublishedMatches publishedMatches;
    private final ActorRepository actors;
    private final ScheduleReader schedules;
    private final ParticipantCalendar calendar;
    private final ParticipantMails mails;
    private final IcsCalendar ics;
    private final FellesgrunnI18NProvider i18n;
    private final JdbcEventMailLog mailLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ParticipantNotifications(
            RegionalEventRepository events,
            PlanRepository plans,
            PublishedMatches publishedMatches,
            ActorRepository actors,
            ScheduleReader schedules,
            ParticipantCalendar calendar,
            ParticipantMails mails,
            IcsCalendar ics,
            FellesgrunnI18NProvider i18n,
            JdbcEventMailLog mailLog,
            CurrentUser currentUser,
            Clock clock) {
        this.mailLog = mailLog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.plans = plans;
        this.publishedMatches = publishedMatches;
        this.actors = actors;
        this.schedules = schedules;
        this.calendar = calendar;
        this.mails = mails;
        this.ics = ics;
        this.i18n = i18n;
    }

    /** Tells everyone with a match at the event how many they have. Returns the number of mails sent. */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    public int matchesPublished(UUID eventId) {
        RegionalEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event"));
        Map<UUID, Integer> counts = new HashMap<>();
        for (Match match : publishedMatches.of(eventId)) {
            counts.merge(match.actorA(), 1, Integer::sum);
            counts.merge(match.actorB(), 1, Integer::sum);
        }
        Map<UUID, Boolean> sent = new LinkedHashMap<>();
        for (Actor actor : actors.findByIds(counts.keySet())) {
            sent.put(
                    actor.id(),
                    tried(() -> mails.newMatches(
                            actor.email().value(), actor.name(), event.name(), counts.get(actor.id()))));
        }
        return logged(eventId, JdbcEventMailLog.Kind.MATCHES, null, sent);
    }

    /**
     * Tells each seated participant about the newly published plan, with their rounds as a
     * calendar file: everyone on the first publication, afterwards only those whose seats changed.
     */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    public int schedulePublished(UUID eventId) {
        RegionalEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event"));
        PlanVersion plan = plans.findPublished(eventId).orElseThrow(() -> new NotFoundException("published plan"));
        boolean first = plans.findByEvent(eventId).stream()
                        .filter(p -> p.status() == no.fellesgrunn.domain.plan.PlanStatus.PUBLISHED)
                        .count()
                == 1;
        Set<UUID> seated =
                new LinkedHashSet<>(plan.seats().stream().map(Seat::actorId).toList());
        Map<UUID, Boolean> sent = new LinkedHashMap<>();
        for (Actor actor : actors.findByIds(seated)) {
            EventSchedule schedule = schedules.scheduleOf(actor.id(), eventId).orElseThrow();
            if (first || schedule.changedSincePrevious()) {
                java.util.Locale language = mails.languageOf(actor.email().value());
                byte[] file = ics.write(
                        i18n.getTranslation("participant.calendar.name", language),
                        calendar.rounds(schedule, language));
                sent.put(
                        actor.id(),
                        tried(() -> mails.scheduleChanged(actor.email().value(), actor.name(), event.name(), file)));
            }
        }
        return logged(eventId, JdbcEventMailLog.Kind.SCHEDULE, plan.number(), sent);
    }

    /** Sends one mail; false (and a line in the log) if the mail server refused it. */
    private static boolean tried(Runnable send) {
        try {
            send.run();
            return true;
        } catch (RuntimeException refused) {
            LoggerFactory.getLogger(ParticipantNotifications.class).warn("A publication mail was not sent", refused);
            return false;
        }
    }

    /** Writes the publication's mail down; returns how many mails went. */
    private int logged(UUID eventId, JdbcEventMailLog.Kind kind, Integer planVersion, Map<UUID, Boolean> sent) {
        String by = currentUser.account().map(a -> a.username()).orElse("?");
        mailLog.record(eventId, kind, planVersion, clock.instant(), by, sent);
        return (int) sent.values().stream().filter(Boolean::booleanValue).count();
    }
}
