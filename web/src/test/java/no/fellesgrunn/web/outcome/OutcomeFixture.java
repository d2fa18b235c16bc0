package no.fellesgrunn.web.outcome;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import org.springframework.context.ApplicationContext;

/**
 * A published plan for the demo's Bodø event: in round 1 the host of the first challenge sits at
 * table 1 with two demo participants (p1, p2); a third (stranger) sits at table 2. The host gets
 * a login. {@code organiser} organises Bodø; {@code otherOrganiser} has the organiser role but does not organise Bodø.
 */
public record OutcomeFixture(
        RegionalEvent bodo,
        TableKey table1,
        TableKey table2,
        Actor host,
        Actor p1,
        Actor p2,
        Actor stranger,
        UserAccount hostAccount,
        UserAccount a1,
        UserAccount a2,
        UserAccount strangerAccount,
        UserAccount organiser,
        UserAccount otherOrganiser,
        Challenge challenge) {

    public static OutcomeFixture create(ApplicationContext context, BiFunction<String, Role, UserAccount> login) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        ActorRepository actors = context.getBean(ActorRepository.class);
        RegionalEventRepository events = context.getBean(RegionalEventRepository.class);
        PlanRepository plans = context.getBean(PlanRepository.class);
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        List<UserAccount> participants = accounts.findByRole(Role.PARTICIPANT).stream()
                .filter(a -> actors.findByUserAccount(a.id()).isPresent())
                .sorted(Comparator.comparing(UserAccount::username))
                .limit(3)
                .toList();
        Actor p1 = actors.findByUserAccount(participants.get(0).id()).orElseThrow();
        Actor p2 = actors.findByUserAccount(participants.get(1).id()).orElseThrow();
        Actor stranger = actors.findByUserAccount(participants.get(2).id()).orElseThrow();
        Set<java.util.UUID> people = Set.of(p1.id(), p2.id(), stranger.id());
        Challenge challenge = context
                .getBean(ChallengeRepository.class)
                .findByIds(bodo.challenges().stream().map(c -> c.challengeId()).toList())
                .stream()
                .filter(c -> c.hostActorId() != null && !people.contains(c.hostActorId()))
                .min(Comparator.comparing(Challenge::title))
                .orElseThrow();
        Actor host = actors.findById(challenge.hostActorId()).orElseThrow();
        UserAccount hostAccount = login.apply(host.email().value(), Role.PARTICIPANT);
        host = actors.save(host.withUserAccount(hostAccount.id()), "test");

        var round = bodo.rounds().get(0).id();
        var t1 = bodo.rooms().get(0).tables().get(0).id();
        var t2 = bodo.rooms().get(0).tables().get(1).id();
        var c2 = bodo.challenges().stream()
                .map(c -> c.challengeId())
                .filter(id -> !id.equals(challenge.id()))
                .findFirst()
                .orElseThrow();
        List<Seat> seats = List.of(
                new Seat(host.id(), round, t1, challenge.id(), false),
                new Seat(p1.id(), round, t1, challenge.id(), false),
                new Seat(p2.id(), round, t1, challenge.id(), false),
                new Seat(stranger.id(), round, t2, c2, false));
        Instant now = Instant.now();
        plans.save(PlanVersion.draft(bodo.id(), 1, "solver", now, null, seats).publish("organiser", now), "organiser");

        UserAccount organiser = accounts.findByRole(Role.ORGANISER).stream()
                .filter(a -> actors.findByUserAccount(a.id())
                        .map(x -> bodo.organisers().contains(x.id()))
                        .orElse(false))
                .findFirst()
                .orElseThrow();
        Actor seatedHost = host;
        Actor agderOnly = actors.findAll().stream()
                .filter(a -> a.userAccountId() == null
                        && !bodo.organisers().contains(a.id())
                        && !people.contains(a.id())
                        && !a.id().equals(seatedHost.id()))
                .findFirst()
                .orElseThrow();
        UserAccount otherOrganiser = login.apply(agderOnly.email().value(), Role.ORGANISER);
        actors.save(agderOnly.withUserAccount(otherOrganiser.id()), "test");
        return new OutcomeFixture(
                bodo,
                new TableKey(bodo.id(), round, t1),
                new TableKey(bodo.id(), round, t2),
                host,
                p1,
                p2,
                stranger,
                hostAccount,
                participants.get(0),
                participants.get(1),
                participants.get(2),
                organiser,
                otherOrganiser,
                challenge);
    }
}
