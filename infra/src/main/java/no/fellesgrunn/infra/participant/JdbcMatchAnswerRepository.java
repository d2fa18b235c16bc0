package no.fellesgrunn.infra.participant;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.plan.ActorPair;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchAnswer;
import no.fellesgrunn.domain.plan.MatchAnswerRepository;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcMatchAnswerRepository implements MatchAnswerRepository {
    private final Jdbc jdbc;

    public JdbcMatchAnswerRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void answer(Match match, UUID actorId, MatchAnswer answer, Instant at) {
        jdbc.inTransaction(() -> {
            jdbc.template()
                    .update(
                            "insert into match_response (match_id, actor_id, response, answered_at) values (?, ?, ?, ?) "
                                    + "on conflict (match_id, actor_id) do update set response = excluded.response, answered_at = excluded.answered_at",
                            match.id(),
                            actorId,
                            answer.name(),
                            Jdbc.timestamp(at));
            if (answer == MatchAnswer.DECLINED) {
                ActorPair pair = ActorPair.of(match);
                jdbc.template()
                        .update(
                                "insert into declined_pair (actor_low, actor_high, declined_at) values (?, ?, ?) "
                                        + "on conflict do nothing",
                                pair.low(),
                                pair.high(),
                                Jdbc.timestamp(at));
            }
            return null;
        });
    }

    @Override
    public Map<UUID, MatchAnswer> answersOf(UUID actorId) {
        Map<UUID, MatchAnswer> answers = new HashMap<>();
        jdbc.template()
                .query(
                        "select match_id, response from match_response where actor_id = ?",
                        rs -> {
                            answers.put(Jdbc.uuid(rs, "match_id"), MatchAnswer.valueOf(rs.getString("response")));
                        },
                        actorId);
        return answers;
    }

    @Override
    public Map<UUID, MatchAnswer> answersTo(UUID matchId) {
        Map<UUID, MatchAnswer> answers = new HashMap<>();
        jdbc.template()
                .query(
                        "select actor_id, response from match_response where match_id = ?",
                        rs -> {
                            answers.put(Jdbc.uuid(rs, "actor_id"), MatchAnswer.valueOf(rs.getString("response")));
                        },
                        matchId);
        return answers;
    }

    @Override
    public Set<ActorPair> declinedPairs() {
        return new HashSet<>(jdbc.template()
                .query(
                        "select actor_low, actor_high from declined_pair",
                        (rs, n) -> new ActorPair(Jdbc.uuid(rs, "actor_low"), Jdbc.uuid(rs, "actor_high"))));
    }

    @Override
    public boolean isDeclined(ActorPair pair) {
        return jdbc.client()
                        .sql("select count(*) from declined_pair where actor_low = ? and actor_high = ?")
                        .params(pair.low(), pair.high())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public List<Decline> declines(Collection<UUID> matchIds) {
        if (matchIds.isEmpty()) {
            return List.of();
        }
        return jdbc.template()
                .query(
                        "select match_id, actor_id, answered_at from match_response "
                                + "where response = 'DECLINED' and match_id = any(cast(? as uuid[])) order by answered_at, actor_id",
                        (rs, n) -> new Decline(
                                Jdbc.uuid(rs, "match_id"), Jdbc.uuid(rs, "actor_id"), Jdbc.instant(rs, "answered_at")),
                        (Object) matchIds.stream().map(UUID::toString).toArray(String[]::new));
    }

    @Override
    public void undoDecline(Match match, UUID actorId) {
        jdbc.inTransaction(() -> {
            jdbc.template()
                    .update(
                            "delete from match_response where match_id = ? and actor_id = ? and response = 'DECLINED'",
                            match.id(),
                            actorId);
            // The pair stays declined while the other person (or a decline of another match of theirs) still says no.
            UUID other = match.actorA().equals(actorId) ? match.actorB() : match.actorA();
            Integer stillDeclined = jdbc.client()
                    .sql(
                            "select count(*) from match_response r join actor_match m on m.id = r.match_id "
                                    + "where r.response = 'DECLINED' and ((m.actor_a = ? and m.actor_b = ?) or (m.actor_a = ? and m.actor_b = ?))")
                    .params(actorId, other, other, actorId)
                    .query(Integer.class)
                    .single();
            if (stillDeclined == 0) {
                ActorPair pair = ActorPair.of(match);
                jdbc.template()
                        .update(
                                "delete from declined_pair where actor_low = ? and actor_high = ?",
                                pair.low(),
                                pair.high());
            }
            return null;
        });
    }
}
