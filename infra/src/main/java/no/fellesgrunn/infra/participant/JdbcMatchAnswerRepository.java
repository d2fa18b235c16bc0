package no.fellesgrunn.infra.participant;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
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
            jdbc.template().update("insert into match_response (match_id, actor_id, response, answered_at) values (?, ?, ?, ?) "
                            + "on conflict (match_id, actor_id) do update set response = excluded.response, answered_at = excluded.answered_at",
                    match.id(), actorId, answer.name(), Jdbc.timestamp(at));
            if (answer == MatchAnswer.DECLINED) {
                ActorPair pair = ActorPair.of(match);
                jdbc.template().update("insert into declined_pair (actor_low, actor_high, declined_at) values (?, ?, ?) "
                        + "on conflict do nothing", pair.low(), pair.high(), Jdbc.timestamp(at));
            }
            return null;
        });
    }

    @Override
    public Map<UUID, MatchAnswer> answersOf(UUID actorId) {
        Map<UUID, MatchAnswer> answers = new HashMap<>();
        jdbc.template().query("select match_id, response from match_response where actor_id = ?",
                rs -> {
                    answers.put(Jdbc.uuid(rs, "match_id"), MatchAnswer.valueOf(rs.getString("response")));
                }, actorId);
        return answers;
    }

    @Override
    public Map<UUID, MatchAnswer> answersTo(UUID matchId) {
        Map<UUID, MatchAnswer> answers = new HashMap<>();
        jdbc.template().query("select actor_id, response from match_response where match_id = ?",
                rs -> {
                    answers.put(Jdbc.uuid(rs, "actor_id"), MatchAnswer.valueOf(rs.getString("response")));
                }, matchId);
        return answers;
    }

    @Override
    public Set<ActorPair> declinedPairs() {
        return new HashSet<>(jdbc.template().query("select actor_low, actor_high from declined_pair",
                (rs, n) -> new ActorPair(Jdbc.uuid(rs, "actor_low"), Jdbc.uuid(rs, "actor_high"))));
    }

    @Override
    public boolean isDeclined(ActorPair pair) {
        return jdbc.client().sql("select count(*) from declined_pair where actor_low = ? and actor_high = ?")
                .params(pair.low(), pair.high()).query(Integer.class).single() > 0;
    }
}
