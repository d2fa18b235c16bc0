package no.fellesgrunn.web.organiser.dashboard;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import org.springframework.stereotype.Service;

/**
 * The figures of an event's dashboard, counted over the participants taking part (registered or
 * attended): who comes from which sector, which perspectives are present, how well the seating
 * plan grants wishes, and how much each selected challenge is wished for.
 */
@Service
public class EventDashboard {
    private final OrganiserEvents organiserEvents;
    private final RegistrationRepository registrations;
    private final ActorRepository actors;
    private final OrganisationRepository organisations;
    private final ChallengeRepository challenges;
    private final PlanRepository plans;

    public EventDashboard(
            OrganiserEvents organiserEvents,
            RegistrationRepository registrations,
            ActorRepository actors,
            OrganisationRepository organisations,
            ChallengeRepository challenges,
            PlanRepository plans) {
        this.organiserEvents = organiserEvents;
        this.registrations = registrations;
        this.actors = actors;
        this.organisations = organisations;
        this.challenges = challenges;
        this.plans = plans;
    }

    /** All four charts; the wish satisfaction is empty when the event has no seating plan yet. */
    @RolesAllowed("ORGANISER")
    public Figures figures(UUID eventId) {
        RegionalEvent event = organiserEvents.open(eventId);
        List<Registration> taking = registrations.findByEvent(eventId).stream()
                .filter(r -> r.status().isTakingPart())
                .toList();
        Map<UUID, Actor> people = actors
                .findByIds(taking.stream().map(Registration::actorId).toList())
                .stream()
                .collect(Collectors.toMap(Actor::id, Function.identity()));
        Optional<PlanVersion> plan = plans.findPublished(eventId)
                .or(() -> plans.findByEvent(eventId).stream().max(Comparator.comparingInt(PlanVersion::number)));
        return new Figures(
                taking.size(),
                sectorMix(taking, people),
                perspectiveCoverage(taking, people),
                plan.map(p -> wishSatisfaction(taking, p)).orElse(null),
                plan.map(p -> p.status() == PlanStatus.PUBLISHED).orElse(false),
                challengeCoverage(event, taking));
    }

    /** Participants per sector; a citizen is someone without an organisation. */
    private ChartData sectorMix(List<Registration> taking, Map<UUID, Actor> people) {
        Map<UUID, Organisation> orgs =
                organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<Sector, Integer> counts = new EnumMap<>(Sector.class);
        for (Registration r : taking) {
            Actor a = people.get(r.actorId());
            Sector sector = Actor.sectorOf(a.organisationId() == null ? null : orgs.get(a.organisationId()));
            counts.merge(sector, 1, Integer::sum);
        }
        List<ChartData.Bar> bars = new ArrayList<>();
        for (Sector s : Sector.values()) {
            bars.add(new ChartData.Bar("dashboard.sector." + s.name(), s.name(), counts.getOrDefault(s, 0)));
        }
        return new ChartData("sector-mix", bars);
    }

    /** Participants bringing each perspective (one person may bring several). */
    private ChartData perspectiveCoverage(List<Registration> taking, Map<UUID, Actor> people) {
        Map<Perspective, Integer> counts = new EnumMap<>(Perspective.class);
        taking.forEach(r -> people.get(r.actorId()).perspectives().forEach(p -> counts.merge(p, 1, Integer::sum)));
        List<ChartData.Bar> bars = new ArrayList<>();
        for (Perspective p : Perspective.values()) {
            bars.add(new ChartData.Bar("dashboard.perspective." + p.name(), p.name(), counts.getOrDefault(p, 0)));
        }
        return new ChartData("perspective-coverage", bars);
    }

    /**
     * Participants with wishes, by the best wish the plan seats them at: their first wish, a
     * later wish, or none of their wishes.
     */
    static ChartData wishSatisfaction(List<Registration> taking, PlanVersion plan) {
        Map<UUID, Set<UUID>> seatedAt = new HashMap<>();
        for (Seat seat : plan.seats()) {
            if (seat.challengeId() != null) {
                seatedAt.computeIfAbsent(seat.actorId(), k -> new HashSet<>()).add(seat.challengeId());
            }
        }
        int first = 0;
        int other = 0;
        int none = 0;
        for (Registration r : taking) {
            if (r.wishes().isEmpty()) {
                continue;
            }
            Set<UUID> at = seatedAt.getOrDefault(r.actorId(), Set.of());
            if (at.contains(r.wishes().get(0))) {
                first++;
            } else if (r.wishes().stream().anyMatch(at::contains)) {
                other++;
            } else {
                none++;
            }
        }
        return new ChartData(
                "wish-satisfaction",
                List.of(
                        new ChartData.Bar("dashboard.wish.first", null, first),
                        new ChartData.Bar("dashboard.wish.other", null, other),
                        new ChartData.Bar("dashboard.wish.none", null, none)));
    }

    /** For each selected challenge, how many participants wish for it (at any rank). */
    private ChartData challengeCoverage(RegionalEvent event, List<Registration> taking) {
        Map<UUID, Integer> wishes = new HashMap<>();
        taking.forEach(r -> r.wishes().forEach(w -> wishes.merge(w, 1, Integer::sum)));
        Map<UUID, String> titles =
                challenges
                        .findByIds(event.challenges().stream()
                                .map(SelectedChallenge::challengeId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Challenge::id, Challenge::title));
        List<ChartData.Bar> bars = event.challenges().stream()
                .map(c -> new ChartData.Bar(
                        null,
                        titles.getOrDefault(c.challengeId(), c.challengeId().toString()),
                        wishes.getOrDefault(c.challengeId(), 0)))
                .sorted(Comparator.comparingInt(ChartData.Bar::value).reversed().thenComparing(ChartData.Bar::label))
                .toList();
        return new ChartData("challenge-coverage", bars);
    }

    /**
     * @param wishSatisfaction null without a seating plan
     * @param planPublished    whether the plan counted is the published one (else the latest draft)
     */
    public record Figures(
            int participants,
            ChartData sectorMix,
            ChartData perspectiveCoverage,
            ChartData wishSatisfaction,
            boolean planPublished,
            ChartData challengeCoverage) {}
}
