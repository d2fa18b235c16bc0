package no.fellesgrunn.web.participant;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import org.springframework.context.ApplicationContext;

/**
 * What the solvers and the organisers would have produced for the demo's Bodø event, written
 * straight through the repositories: two published plan versions (the second moves p1 in round 2)
 * and matches p1–p2, p1–p3 and p3–p4. p2 shows organisation but not e-mail; p3 shows e-mail.
 */
record ParticipantFixture(
        Actor p1,
        Actor p2,
        Actor p3,
        Actor p4,
        UserAccount a1,
        UserAccount a2,
        UserAccount a3,
        UserAccount a4,
        RegionalEvent bodo,
        Match m12,
        Match m13,
        Match m34,
        String sharedTheme,
        RoundTable t1,
        RoundTable t2,
        RoundTable t3) {

    static ParticipantFixture create(ApplicationContext context) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        ActorRepository actors = context.getBean(ActorRepository.class);
        RegionalEventRepository events = context.getBean(RegionalEventRepository.class);
        PlanRepository plans = context.getBean(PlanRepository.class);
        String theme =
                context.getBean(ReferenceDataRepository.class).themes().get(0).key();

        List<UserAccount> participants = accounts.findByRole(Role.PARTICIPANT).stream()
                .filter(a -> actors.findByUserAccount(a.id()).isPresent())
                .sorted(Comparator.comparing(UserAccount::username))
                .limit(4)
                .toList();
        Actor p1 = actors.findByUserAccount(participants.get(0).id()).orElseThrow();
        Actor p2 = withConsent(
                actors,
                actors.findByUserAccount(participants.get(1).id()).orElseThrow(),
                new Consent(false, false, true));
        Actor p3 = withConsent(
                actors,
                actors.findByUserAccount(participants.get(2).id()).orElseThrow(),
                new Consent(true, false, false));
        Actor p4 = actors.findByUserAccount(participants.get(3).id()).orElseThrow();
        p1 = withConsent(actors, p1, new Consent(false, false, false));

        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        List<RoundTable> tables = bodo.rooms().get(0).tables();
        RoundTable t1 = tables.get(0);
        RoundTable t2 = tables.get(1);
        RoundTable t3 = tables.get(2);
        var r1 = bodo.rounds().get(0).id();
        var r2 = bodo.rounds().get(1).id();
        var c1 = bodo.challenges().get(0).challengeId();
        var c2 = bodo.challenges().get(1).challengeId();
        var c3 = bodo.challenges().get(2).challengeId();
        // p1 is registered for the two rounds p1 has seats in (the demo's random registration may
        // hold a third, which the schedule would then show as a round without a seat).
        var registrations = context.getBean(no.fellesgrunn.domain.registration.RegistrationRepository.class);
        Actor registered = p1;
        registrations
                .findByEventAndActor(bodo.id(), p1.id())
                .ifPresent(r -> registrations.save(
                        new no.fellesgrunn.domain.registration.Registration(
                                r.id(),
                                r.eventId(),
                                r.actorId(),
                                java.util.Set.of(r1, r2),
                                r.wishes(),
                                r.needsAccessibleTable(),
                                r.venueNeeds(),
                                r.status(),
                                r.version()),
                        "test"));
        if (registrations.findByEventAndActor(bodo.id(), registered.id()).isEmpty()) {
            registrations.save(
                    no.fellesgrunn.domain.registration.Registration.register(
                            bodo, registered.id(), java.util.Set.of(r1, r2), List.of(), false, null),
                    "test");
        }
        Instant now = Instant.now();
        List<Seat> first = List.of(
                new Seat(p1.id(), r1, t1.id(), c1, false), new Seat(p2.id(), r1, t1.id(), c1, false),
                new Seat(p3.id(), r1, t2.id(), c2, false), new Seat(p4.id(), r1, t2.id(), c2, false),
                new Seat(p1.id(), r2, t2.id(), c2, false), new Seat(p3.id(), r2, t2.id(), c2, false));
        plans.save(PlanVersion.draft(bodo.id(), 1, "solver", now, null, first).publish("organiser", now), "organiser");
        List<Seat> second = List.of(
                new Seat(p1.id(), r1, t1.id(), c1, false), new Seat(p2.id(), r1, t1.id(), c1, false),
                new Seat(p3.id(), r1, t2.id(), c2, false), new Seat(p4.id(), r1, t2.id(), c2, false),
                new Seat(p1.id(), r2, t3.id(), c3, false), new Seat(p3.id(), r2, t2.id(), c2, false));
        plans.save(
                PlanVersion.draft(bodo.id(), 2, "solver", now, null, second).publish("organiser", now.plusSeconds(60)),
                "organiser");

        Match m12 =
                Match.of(bodo.id(), p1.id(), p2.id(), 0.9, List.of(theme), List.of("Begge arbeider med " + theme), now);
        Match m13 = Match.of(bodo.id(), p3.id(), p1.id(), 0.7, List.of(theme), List.of("Ulike sektorer"), now);
        Match m34 = Match.of(bodo.id(), p3.id(), p4.id(), 0.8, List.of(), List.of("Hemmelig grunn"), now);
        plans.replaceMatches(bodo.id(), List.of(m12, m13, m34));
        // The organisers publish the matches; only then do participants see them.
        context.getBean(no.fellesgrunn.domain.plan.MatchReviewRepository.class)
                .publish(new no.fellesgrunn.domain.plan.MatchPublication(bodo.id(), "organiser", now, 3));
        return new ParticipantFixture(
                p1,
                p2,
                p3,
                p4,
                participants.get(0),
                participants.get(1),
                participants.get(2),
                participants.get(3),
                bodo,
                m12,
                m13,
                m34,
                theme,
                t1,
                t2,
                t3);
    }

    private static Actor withConsent(ActorRepository actors, Actor a, Consent consent) {
        Actor changed = new Actor(
                a.id(),
                a.name(),
                a.email(),
                a.phone() == null ? "+47 400 00 000" : a.phone(),
                a.organisationId(),
                a.roleTitle(),
                a.homeMunicipality(),
                a.themes(),
                a.perspectives(),
                a.languages(),
                a.accessibilityNeeds(),
                consent,
                a.userAccountId(),
                a.version());
        return actors.save(changed, "test");
    }
}
