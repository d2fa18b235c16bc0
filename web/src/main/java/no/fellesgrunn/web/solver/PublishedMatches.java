package no.fellesgrunn.web.solver;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchReview;
import no.fellesgrunn.domain.plan.MatchReviewRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import org.springframework.stereotype.Component;

/**
 * The one definition of what participants may see of an event's matches: nothing until the
 * organiser has published the matches, and never a match the organiser rejected. The participant
 * workspace and the "new matches" mail both read from here, so they cannot disagree.
 */
@Component
public class PublishedMatches {
    private final PlanRepository plans;
    private final MatchReviewRepository reviews;

    public PublishedMatches(PlanRepository plans, MatchReviewRepository reviews) {
        this.plans = plans;
        this.reviews = reviews;
    }

    public List<Match> of(UUID eventId) {
        if (reviews.findPublication(eventId).isEmpty()) {
            return List.of();
        }
        Map<UUID, MatchReview> decisions = reviews.findByEvent(eventId);
        return plans.findMatches(eventId).stream()
                .filter(match -> {
                    MatchReview review = decisions.get(match.id());
                    return review == null || review.decision().isPublishable();
                })
                .toList();
    }
}
