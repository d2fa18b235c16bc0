package no.fellesgrunn.web.participant;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
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
import no.fellesgrunn.web.calendar.IcsCalendar;
import no.fellesgrunn.web.calendar.ParticipantCalendar;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.mail.ParticipantMails;
import no.fellesgrunn.web.solver.PublishedMatches;
import org.springframework.stereotype.Service;

/**
 * What the organiser workspace calls after publishing, so participants hear of it by mail:
 * {@link #matchesPublished} once an event's matches are visible, {@link #schedulePublished} after
 * a plan version is published (mails only those whose seats are new or changed).
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

    public ParticipantNotifications(RegionalEventRepository events, PlanRepository plans, PublishedMatches publishedMatches, ActorRepository actors,
                                    ScheduleReader schedules, ParticipantCalendar calendar, ParticipantMails mails,
                                    IcsCalendar ics, FellesgrunnI18NProvider i18n) {
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
        int sent = 0;
        for (Actor actor : actors.findByIds(counts.keySet())) {
            mails.newMatches(actor.email().value(), actor.name(), event.name(), counts.get(actor.id()));
            sent++;
        }
        return sent;
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
                .filter(p -> p.status() == no.fellesgrunn.domain.plan.PlanStatus.PUBLISHED).count() == 1;
        Set<UUID> seated = new LinkedHashSet<>(plan.seats().stream().map(Seat::actorId).toList());
        int sent = 0;
        for (Actor actor : actors.findByIds(seated)) {
            EventSchedule schedule = schedules.scheduleOf(actor.id(), eventId).orElseThrow();
            if (first || schedule.changedSincePrevious()) {
                java.util.Locale language = mails.languageOf(actor.email().value());
                byte[] file = ics.write(i18n.getTranslation("participant.calendar.name", language),
                        calendar.rounds(schedule, language));
                mails.scheduleChanged(actor.email().value(), actor.name(), event.name(), file);
                sent++;
            }
        }
        return sent;
    }
}
