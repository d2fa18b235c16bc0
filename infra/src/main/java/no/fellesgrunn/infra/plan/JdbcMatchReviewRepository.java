package no.fellesgrunn.infra.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.plan.MatchDecision;
import no.fellesgrunn.domain.plan.MatchPublication;
import no.fellesgrunn.domain.plan.MatchReview;
import no.fellesgrunn.domain.plan.MatchReviewRepository;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcMatchReviewRepository implements MatchReviewRepository {
    private final Jdbc jdbc;

    public JdbcMatchReviewRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Map<UUID, MatchReview> findByEvent(UUID eventId) {
        Map<UUID, MatchReview> reviews = new HashMap<>();
        jdbc.template()
                .query(
                        "select r.* from match_review r join actor_match m on m.id = r.id where m.event_id = ?",
                        rs -> {
                            UUID id = Jdbc.uuid(rs, "id");
                            reviews.put(
                                    id,
                                    new MatchReview(
                                            id,
                                            MatchDecision.valueOf(rs.getString("decision")),
                                            rs.getString("decided_by"),
                                            Jdbc.instant(rs, "decided_at"),
                                            rs.getInt("version")));
                        },
                        eventId);
        return reviews;
    }

    @Override
    public MatchReview save(MatchReview review, String editedBy) {
        return jdbc.inTransaction(() -> {
            if (review.version() == 0) {
                // If someone decided about this match after it was read as undecided, nothing is inserted.
                int rows = jdbc.template()
                        .update(
                                "insert into match_review (id, decision, decided_by, decided_at, version, "
                                        + "updated_by) values (?, ?, ?, ?, 1, ?) on conflict (id) do nothing",
                                review.matchId(),
                                review.decision().name(),
                                review.decidedBy(),
                                Jdbc.timestamp(review.decidedAt()),
                                editedBy);
                jdbc.requireUpdated(rows, "match_review", review.matchId(), 0, "the review of this match");
            } else {
                int rows = jdbc.template()
                        .update(
                                "update match_review set decision = ?, decided_by = ?, decided_at = ?, "
                                        + "version = version + 1, updated_by = ?, updated_at = now() where id = ? and version = ?",
                                review.decision().name(),
                                review.decidedBy(),
                                Jdbc.timestamp(review.decidedAt()),
                                editedBy,
                                review.matchId(),
                                review.version());
                jdbc.requireUpdated(
                        rows, "match_review", review.matchId(), review.version(), "the review of this match");
            }
            return new MatchReview(
                    review.matchId(), review.decision(), review.decidedBy(), review.decidedAt(), review.version() + 1);
        });
    }

    @Override
    public Optional<MatchPublication> findPublication(UUID eventId) {
        List<MatchPublication> found = jdbc.template()
                .query(
                        "select * from match_publication where event_id = ?",
                        (rs, n) -> new MatchPublication(
                                Jdbc.uuid(rs, "event_id"),
                                rs.getString("published_by"),
                                Jdbc.instant(rs, "published_at"),
                                rs.getInt("match_count")),
                        eventId);
        return found.stream().findFirst();
    }

    @Override
    public void publish(MatchPublication publication) {
        int rows = jdbc.template()
                .update(
                        "insert into match_publication (event_id, published_by, published_at, match_count) "
                                + "values (?, ?, ?, ?) on conflict (event_id) do nothing",
                        publication.eventId(),
                        publication.publishedBy(),
                        Jdbc.timestamp(publication.publishedAt()),
                        publication.matchCount());
        if (rows == 0) {
            throw new DomainException(
                    no.fellesgrunn.domain.common.DomainError.MATCHES_ALREADY_PUBLISHED,
                    "the matches of this event are already published");
        }
    }
}
