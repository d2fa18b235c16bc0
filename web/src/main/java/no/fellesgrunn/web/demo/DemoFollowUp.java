package no.fellesgrunn.web.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.OutcomeComment;
import no.fellesgrunn.domain.outcome.StepOwner;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's "after the event" (issue 18): a simple published seating for Bodø (each challenge at
 * its own table with its host, the others spread round by round) and outcomes on six of its
 * tables, with next steps done, under way, not started and overdue, relative to today. Only when
 * Bodø has no plan yet, so an organiser's own plan is never touched; off with
 * {@code fellesgrunn.demo-follow-up=false} (the tests do that, and build their own plans).
 */
@Component
class DemoFollowUp {
    private static final String[][] FOUND = {
        {
            "Eldre som bor alene, mister kontakten med andre når bussen slutter å gå.",
            "Eldre i distriktene og de pårørende",
            "Transport og besøkstjeneste henger sammen, men eies av ulike etater",
            "Besøksvenner som også kjører; felles kalender"
        },
        {
            "Unge som dropper ut av videregående, har ingen fast voksen å snakke med.",
            "Ungdom 16–19 år og foreldrene",
            "Skole, NAV og idrettslag ser hver sin bit",
            "Mentorordning med lokale bedrifter"
        },
        {
            "Innvandrere får ikke brukt utdanningen sin fordi ingen kjenner dem.",
            "Nyankomne med fagbrev eller høyere utdanning",
            "Kommunen kan ikke skaffe nettverk alene",
            "Jobbskygging hos bedrifter rundt bordet"
        },
        {
            "Frivillige lag mangler lokaler, mens kommunale bygg står tomme på kveldstid.",
            "Lag og foreninger",
            "Nøkler, forsikring og renhold må avtales på tvers",
            "Felles bookingsystem"
        },
    };
    private static final String[] STEPS = {
        "Kartlegge hvem som allerede gjør noe",
        "Invitere til et oppfølgingsmøte",
        "Søke midler fra statsforvalteren",
        "Teste ordningen i én bygd",
        "Skrive et felles notat til formannskapet",
        "Snakke med ungdomsrådet"
    };

    private final RegionalEventRepository events;
    private final RegistrationRepository registrations;
    private final ChallengeRepository challenges;
    private final ActorRepository actors;
    private final PlanRepository plans;
    private final TableOutcomeRepository outcomes;
    private final boolean enabled;

    DemoFollowUp(
            RegionalEventRepository events,
            RegistrationRepository registrations,
            ChallengeRepository challenges,
            ActorRepository actors,
            PlanRepository plans,
            TableOutcomeRepository outcomes,
            @Value("${fellesgrunn.demo-follow-up:${fellesgrunn.demo-data:true}}") boolean enabled) {
        this.events = events;
        this.registrations = registrations;
        this.challenges = challenges;
        this.actors = actors;
        this.plans = plans;
        this.outcomes = outcomes;
        this.enabled = enabled;
    }

    /** After the start-up runners, so {@link FirstStart} has loaded the demo data and made its logins. */
    @EventListener(ApplicationReadyEvent.class)
    public void afterStart() {
        if (enabled) {
            load(LocalDate.now(ZoneId.of("Europe/Oslo")));
        }
    }

    /** Seats Bodø and records the outcomes; does nothing when Bodø already has a plan. Returns whether it did. */
    boolean load(LocalDate today) {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElse(null);
        if (bodo == null || !plans.findByEvent(bodo.id()).isEmpty()) {
            return false;
        }
        List<Seat> seats = seat(bodo);
        Instant now = Instant.now();
        plans.save(
                PlanVersion.draft(bodo.id(), 1, DemoDataLoader.EDITED_BY, now, null, seats)
                        .publish(DemoDataLoader.EDITED_BY, now),
                DemoDataLoader.EDITED_BY);
        List<RoundTable> tables = bodo.tables().toList();
        int n = 0;
        for (int r = 0; r < Math.min(2, bodo.rounds().size()); r++) {
            for (int t = 0; t < Math.min(r == 0 ? 4 : 2, tables.size()); t++) {
                record(bodo, bodo.rounds().get(r), tables.get(t), seats, today, n++, now);
            }
        }
        return true;
    }

    /** Challenge i at table i in every round with its host; everyone else spread over the tables with room. */
    private List<Seat> seat(RegionalEvent bodo) {
        List<RoundTable> tables = bodo.tables().toList();
        int chosen = Math.min(tables.size(), bodo.challenges().size());
        Map<UUID, UUID> challengeAt = new HashMap<>();
        Set<UUID> hosts = new HashSet<>();
        List<Seat> seats = new ArrayList<>();
        List<Registration> taking = registrations.findByEvent(bodo.id()).stream()
                .filter(reg -> reg.status().isTakingPart())
                .toList();
        for (int i = 0; i < chosen; i++) {
            UUID challengeId = bodo.challenges().get(i).challengeId();
            challengeAt.put(tables.get(i).id(), challengeId);
            challenges.findById(challengeId).map(Challenge::hostActorId).ifPresent(hosts::add);
        }
        for (int r = 0; r < bodo.rounds().size(); r++) {
            Round round = bodo.rounds().get(r);
            Map<UUID, Integer> filled = new HashMap<>();
            Set<UUID> seated = new HashSet<>();
            for (int i = 0; i < chosen; i++) {
                RoundTable table = tables.get(i);
                UUID host = challenges
                        .findById(challengeAt.get(table.id()))
                        .map(Challenge::hostActorId)
                        .orElse(null);
                if (host != null && seated.add(host)) {
                    seats.add(new Seat(host, round.id(), table.id(), challengeAt.get(table.id()), false));
                    filled.merge(table.id(), 1, Integer::sum);
                }
            }
            for (int j = 0; j < taking.size(); j++) {
                Registration reg = taking.get(j);
                if (hosts.contains(reg.actorId())
                        || !reg.availableRounds().contains(round.id())
                        || !seated.add(reg.actorId())) {
                    continue;
                }
                for (int k = 0; k < chosen; k++) {
                    RoundTable table = tables.get((j + r * 5 + k) % chosen);
                    if (filled.getOrDefault(table.id(), 0) < table.capacity()) {
                        seats.add(new Seat(reg.actorId(), round.id(), table.id(), challengeAt.get(table.id()), false));
                        filled.merge(table.id(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        return seats;
    }

    private void record(
            RegionalEvent bodo, Round round, RoundTable table, List<Seat> seats, LocalDate today, int n, Instant now) {
        List<UUID> atTable = seats.stream()
                .filter(s -> s.roundId().equals(round.id()) && s.tableId().equals(table.id()))
                .map(Seat::actorId)
                .toList();
        UUID challengeId = seats.stream()
                .filter(s -> s.tableId().equals(table.id()))
                .map(Seat::challengeId)
                .findFirst()
                .orElse(null);
        UUID host = challengeId == null
                ? null
                : challenges.findById(challengeId).map(Challenge::hostActorId).orElse(null);
        if (host == null || atTable.size() < 3) {
            return;
        }
        // Demo logins first, so that they find steps of their own under "My commitments".
        List<Actor> people = actors.findByIds(atTable).stream()
                .filter(a -> !a.id().equals(host))
                .sorted((a, b) -> Boolean.compare(b.userAccountId() != null, a.userAccountId() != null))
                .toList();
        String[] found = FOUND[n % FOUND.length];
        List<TableStep> steps = List.of(
                new TableStep(
                        Ids.newId(),
                        STEPS[n % STEPS.length],
                        StepOwner.person(people.get(0).id()),
                        today.minusDays(20 + n),
                        "Frivilligsentralen",
                        n % 2 == 0 ? StepStatus.DONE : StepStatus.UNDER_WAY),
                new TableStep(
                        Ids.newId(),
                        STEPS[(n + 1) % STEPS.length],
                        StepOwner.person(people.get(1).id()),
                        today.minusDays(3 + n),
                        null,
                        StepStatus.NOT_STARTED),
                new TableStep(
                        Ids.newId(),
                        STEPS[(n + 2) % STEPS.length],
                        StepOwner.organisation("Bodø kommune"),
                        today.plusDays(14 + 7 * n),
                        people.get(0).name(),
                        n == 3 ? StepStatus.DROPPED : StepStatus.NOT_STARTED));
        List<OutcomeComment> comments = List.of(new OutcomeComment(
                Ids.newId(), people.get(1).id(), "Takk for en god samtale. Jeg tar med meg dette hjem.", now));
        boolean confirmed = n != 1;
        outcomes.save(
                new TableOutcome(
                        Ids.newId(),
                        bodo.id(),
                        round.id(),
                        table.id(),
                        challengeId,
                        new Findings(found[0], found[1], found[2], found[3]),
                        steps,
                        comments,
                        host,
                        confirmed ? host : null,
                        confirmed ? now : null,
                        0),
                DemoDataLoader.EDITED_BY);
    }
}
