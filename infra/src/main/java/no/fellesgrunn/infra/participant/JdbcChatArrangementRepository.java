package no.fellesgrunn.infra.participant;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.coffeechat.ChatArrangement;
import no.fellesgrunn.domain.coffeechat.ChatArrangementRepository;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcChatArrangementRepository implements ChatArrangementRepository {
    private final Jdbc jdbc;

    public JdbcChatArrangementRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<ChatArrangement> findByChat(UUID chatId) {
        return jdbc
                .template()
                .query(
                        "select * from coffee_chat_arrangement where coffee_chat_id = ?",
                        (rs, n) -> {
                            Timestamp[] times =
                                    (Timestamp[]) rs.getArray("proposed_times").getArray();
                            Array confirmed = rs.getArray("confirmed_by");
                            return new ChatArrangement(
                                    chatId,
                                    Jdbc.uuid(rs, "proposed_by"),
                                    Arrays.stream(times)
                                            .map(Timestamp::toLocalDateTime)
                                            .toList(),
                                    rs.getString("proposed_place"),
                                    Jdbc.uuid(rs, "challenge_id"),
                                    Set.of((UUID[]) confirmed.getArray()));
                        },
                        chatId)
                .stream()
                .findFirst();
    }

    @Override
    public void save(ChatArrangement a) {
        jdbc.template().execute((java.sql.Connection connection) -> {
            Array times = connection.createArrayOf(
                    "timestamp",
                    a.proposedTimes().stream().map(Timestamp::valueOf).toArray(Timestamp[]::new));
            Array confirmed = connection.createArrayOf("uuid", a.confirmedBy().toArray(UUID[]::new));
            try (var statement = connection.prepareStatement("insert into coffee_chat_arrangement "
                    + "(coffee_chat_id, proposed_by, proposed_times, proposed_place, challenge_id, confirmed_by) values (?, ?, ?, ?, ?, ?) "
                    + "on conflict (coffee_chat_id) do update set proposed_by = excluded.proposed_by, "
                    + "proposed_times = excluded.proposed_times, proposed_place = excluded.proposed_place, challenge_id = excluded.challenge_id, "
                    + "confirmed_by = excluded.confirmed_by")) {
                statement.setObject(1, a.chatId());
                statement.setObject(2, a.proposedBy());
                statement.setArray(3, times);
                statement.setString(4, a.proposedPlace());
                statement.setObject(5, a.challengeId());
                statement.setArray(6, confirmed);
                statement.executeUpdate();
            }
            return null;
        });
    }
}
