package no.fellesgrunn.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.plan.MatchDecision;
import no.fellesgrunn.domain.plan.MatchReview;
import no.fellesgrunn.domain.plan.MatchReviewRepository;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.solver.DeclinedPairs;
import no.fellesgrunn.web.solver.PublishedMatches;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Where the organiser workspace and the participant workspace meet: participants see only the
 * matches the organisers published and did not reject, and a pair a participant declined reaches
 * the matching solver as an excluded pair.
 */
class PublishedMatchesWiringTest extends WebIntegrationTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    PublishedMatches publishedMatches;

    @Autowired
    MatchReviewRepository reviews;

    @Autowired
    MyMatches myMatches;

    @Autowired
    DeclinedPairs declinedPairs;

    @Autowired
    UserDetailsService users;

    @Test
    void aRejectedMatchIsNeverShownAndADeclinedPairIsExcludedFromTheNextMatching() {
        ParticipantFixture f = ParticipantFixture.create(context);
        assertThat(publishedMatches.of(f.bodo().id()))
                .extracting(m -> m.id())
                .containsExactlyInAnyOrder(f.m12().id(), f.m13().id(), f.m34().id());

        // The organiser rejects m13 (p3 with p1): neither of them sees it.
        reviews.save(
                MatchReview.proposed(f.m13().id()).decide(MatchDecision.REJECTED, "organiser", Instant.now()),
                "organiser");
        assertThat(publishedMatches.of(f.bodo().id()))
                .extracting(m -> m.id())
                .doesNotContain(f.m13().id());
        List<MatchCard> p1Sees = SignedIn.as(users, f.a1().username(), myMatches::mine);
        List<MatchCard> p3Sees = SignedIn.as(users, f.a3().username(), myMatches::mine);
        assertThat(p1Sees)
                .extracting(MatchCard::matchId)
                .containsExactly(f.m12().id());
        assertThat(p3Sees)
                .extracting(MatchCard::matchId)
                .containsExactly(f.m34().id());

        // p1 declines m12: the pair p1–p2 goes to the solver as excluded.
        SignedIn.as(users, f.a1().username(), () -> {
            myMatches.decline(f.m12().id());
            return null;
        });
        assertThat(declinedPairs.declinedPairs()).contains(Set.<UUID>of(f.p1().id(), f.p2().id()));
    }
}
