package no.fellesgrunn.web.organiser.matching;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchDecision;
import no.fellesgrunn.domain.plan.MatchPublication;
import no.fellesgrunn.domain.plan.MatchReview;
import no.fellesgrunn.domain.plan.MatchReviewRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import no.fellesgrunn.web.solver.PlanPublishedListener;
import org.springframework.stereotype.Service;

/**
 * The organiser reviews the matches the solver suggested for an event: accepts or rejects single
 * matches (optimistic locking per match), then publishes them; participants see the matches not
 * rejected. After publishing nothing changes any more (participants are answering).
 */
@Service
public class MatchReviewService {
    private final OrganiserEvents organiserEvents;
    private final CurrentUser currentUser;
    private final PlanRepository plans;
    private final MatchReviewRepository reviews;
    private final ActorRepository actors;
    private final OrganisationRepository organisations;
    private final PlanPublishedListener publishedListener;
    private final Clock clock = Clock.systemUTC();

    public MatchReviewService(
            OrganiserEvents organiserEvents,
            CurrentUser currentUser,
            PlanRepository plans,
            MatchReviewRepository reviews,
            ActorRepository actors,
            OrganisationRepository organisations,
            PlanPublishedListener publishedListener) {
        this.organiserEvents = organiserEvents;
        this.currentUser = currentUser;
        this.plans = plans;
        this.reviews = reviews;
        this.actors = actors;
        this.organisations = organisations;
        this.publishedListener = publishedListener;
    }

    /** One side of a match as the page shows it. */
    public record Side(UUID actorId, String name, String organisation, no.fellesgrunn.domain.actor.Sector sector) {}

    /** A match with both people, why they were matched and the organiser's decision. */
    public record MatchRow(Match match, Side first, Side second, MatchReview review) {
        public MatchDecision decision() {
            return review.decision();
        }
    }

    /** The event's matches, best similarity first. */
    @RolesAllowed("ORGANISER")
    public List<MatchRow> matches(UUID eventId) {
        organiserEvents.open(eventId);
        List<Match> matches = plans.findMatches(eventId);
        Set<UUID> ids = new LinkedHashSet<>();
        matches.forEach(m -> {
            ids.add(m.actorA());
            ids.add(m.actorB());
        });
        Map<UUID, Actor> byId = new HashMap<>();
        actors.findByIds(ids).forEach(a -> byId.put(a.id(), a));
        Map<UUID, Organisation> orgs = new HashMap<>();
        Map<UUID, MatchReview> decided = reviews.findByEvent(eventId);
        List<MatchRow> rows = new ArrayList<>();
        for (Match match : matches) {
            rows.add(new MatchRow(
                    match,
                    side(byId.get(match.actorA()), orgs),
                    side(byId.get(match.actorB()), orgs),
                    decided.getOrDefault(match.id(), MatchReview.proposed(match.id()))));
        }
        rows.sort(Comparator.comparingDouble((MatchRow r) -> -r.match().similarity())
                .thenComparing(r -> r.first().name()));
        return rows;
    }

    private Side side(Actor actor, Map<UUID, Organisation> cache) {
        Organisation organisation = actor.organisationId() == null
                ? null
                : cache.computeIfAbsent(
                        actor.organisationId(), id -> organisations.findById(id).orElse(null));
        return new Side(
                actor.id(),
                actor.name(),
                organisation == null ? null : organisation.name(),
                Actor.sectorOf(organisation));
    }

    /**
     * Accepts or rejects one match.
     *
     * @param shown the review as the organiser saw it; if someone decided since, the decision is
     *              refused with a {@code StaleEditException}
     */
    @RolesAllowed("ORGANISER")
    public MatchReview decide(UUID eventId, MatchReview shown, MatchDecision decision) {
        RegionalEvent event = organiserEvents.open(eventId);
        if (reviews.findPublication(eventId).isPresent()) {
            throw new AppRefusal(
                    AppError.MATCHES_PUBLISHED,
                    "the matches of " + event.name() + " are published and can no longer change",
                    event.name());
        }
        if (plans.findMatches(eventId).stream().noneMatch(m -> m.id().equals(shown.matchId()))) {
            throw new AppRefusal(
                    AppError.MATCH_NOT_OF_EVENT,
                    "this match is not one of " + event.name() + "'s matches (any more): reload",
                    event.name());
        }
        return reviews.save(shown.decide(decision, username(), now()), username());
    }

    @RolesAllowed("ORGANISER")
    public Optional<MatchPublication> publication(UUID eventId) {
        organiserEvents.open(eventId);
        return reviews.findPublication(eventId);
    }

    /** Publishes the matches not rejected; participants see them from now on. */
    @RolesAllowed("ORGANISER")
    public MatchPublication publish(UUID eventId) {
        RegionalEvent event = organiserEvents.open(eventId);
        Map<UUID, MatchReview> decided = reviews.findByEvent(eventId);
        List<Match> publishable = plans.findMatches(eventId).stream()
                .filter(m -> decided.getOrDefault(m.id(), MatchReview.proposed(m.id()))
                        .decision()
                        .isPublishable())
                .toList();
        if (publishable.isEmpty()) {
            throw new AppRefusal(
                    AppError.NO_MATCHES_TO_PUBLISH,
                    event.name() + " has no matches to publish: run matching first",
                    event.name());
        }
        MatchPublication publication = new MatchPublication(eventId, username(), now(), publishable.size());
        reviews.publish(publication);
        Set<UUID> people = new LinkedHashSet<>();
        publishable.forEach(m -> {
            people.add(m.actorA());
            people.add(m.actorB());
        });
        publishedListener.matchesPublished(eventId, List.copyOf(people));
        return publication;
    }

    private String username() {
        return currentUser.account().map(a -> a.username()).orElse("organiser");
    }

    /** Now, to the microsecond PostgreSQL stores, so what is returned equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
