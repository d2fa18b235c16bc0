package no.fellesgrunn.infra.coffeechat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChatStatus;
import no.fellesgrunn.domain.coffeechat.NextStep;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcCoffeeChatRepository implements CoffeeChatRepository {
    private final Jdbc jdbc;

    public JdbcCoffeeChatRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<CoffeeChat> findById(UUID id) {
        return load("c.id = ?", id).stream().findFirst();
    }

    @Override
    public List<CoffeeChat> findByActor(UUID actorId) {
        return load("(c.initiator_id = ? or c.partner_id = ?)", actorId, actorId);
    }

    @Override
    public List<CoffeeChat> findHeldWithOpenSteps() {
        return load(
                "c.status = 'HELD' and exists (select 1 from next_step o where o.coffee_chat_id = c.id and not o.done)");
    }

    private List<CoffeeChat> load(String condition, Object... params) {
        Map<UUID, List<NextStep>> steps = new HashMap<>();
        jdbc.template()
                .query(
                        "select s.* from next_step s join coffee_chat c on c.id = s.coffee_chat_id where " + condition
                                + " order by s.coffee_chat_id, s.ordinal",
                        rs -> {
                            steps.computeIfAbsent(Jdbc.uuid(rs, "coffee_chat_id"), k -> new ArrayList<>())
                                    .add(new NextStep(
                                            Jdbc.uuid(rs, "id"),
                                            rs.getString("what"),
                                            Jdbc.uuid(rs, "responsible_actor_id"),
                                            Jdbc.localDate(rs, "due_date"),
                                            rs.getBoolean("done")));
                        },
                        params);
        return jdbc.template()
                .query(
                        "select c.* from coffee_chat c where " + condition
                                + " order by c.scheduled_at nulls last, c.id",
                        (rs, n) -> {
                            UUID id = Jdbc.uuid(rs, "id");
                            return new CoffeeChat(
                                    id,
                                    Jdbc.uuid(rs, "match_id"),
                                    Jdbc.uuid(rs, "initiator_id"),
                                    Jdbc.uuid(rs, "partner_id"),
                                    rs.getString("common_third"),
                                    rs.getString("meeting_place"),
                                    Jdbc.localDateTime(rs, "scheduled_at"),
                                    rs.getString("pitch"),
                                    rs.getString("summary"),
                                    CoffeeChatStatus.valueOf(rs.getString("status")),
                                    steps.getOrDefault(id, List.of()),
                                    rs.getInt("version"));
                        },
                        params);
    }

    @Override
    public CoffeeChat save(CoffeeChat c, String editedBy) {
        return jdbc.inTransaction(() -> {
            if (c.version() == 0) {
                jdbc.template()
                        .update(
                                "insert into coffee_chat (id, match_id, initiator_id, partner_id, common_third, "
                                        + "meeting_place, scheduled_at, pitch, summary, status, version, updated_by) "
                                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                                c.id(),
                                c.matchId(),
                                c.initiatorId(),
                                c.partnerId(),
                                c.commonThird(),
                                c.meetingPlace(),
                                c.scheduledAt(),
                                c.pitch(),
                                c.summary(),
                                c.status().name(),
                                editedBy);
            } else {
                int rows = jdbc.template()
                        .update(
                                "update coffee_chat set common_third = ?, meeting_place = ?, scheduled_at = ?, "
                                        + "pitch = ?, summary = ?, status = ?, version = version + 1, updated_by = ?, updated_at = now() "
                                        + "where id = ? and version = ?",
                                c.commonThird(),
                                c.meetingPlace(),
                                c.scheduledAt(),
                                c.pitch(),
                                c.summary(),
                                c.status().name(),
                                editedBy,
                                c.id(),
                                c.version());
                jdbc.requireUpdated(rows, "coffee_chat", c.id(), c.version(), () -> jdbc.client()
                        .sql(
                                "select 'the coffee chat between ' || a.name || ' and ' || b.name from actor a, actor b where a.id = ? and b.id = ?")
                        .params(c.initiatorId(), c.partnerId())
                        .query(String.class)
                        .optional()
                        .orElse("coffee chat " + c.id()));
                jdbc.template().update("delete from next_step where coffee_chat_id = ?", c.id());
            }
            List<Object[]> stepRows = new ArrayList<>();
            for (int i = 0; i < c.nextSteps().size(); i++) {
                NextStep s = c.nextSteps().get(i);
                stepRows.add(new Object[] {s.id(), c.id(), i + 1, s.what(), s.responsibleActorId(), s.due(), s.done()});
            }
            jdbc.template()
                    .batchUpdate(
                            "insert into next_step (id, coffee_chat_id, ordinal, what, responsible_actor_id, "
                                    + "due_date, done) values (?, ?, ?, ?, ?, ?, ?)",
                            stepRows);
            return c.withVersion(c.version() + 1);
        });
    }
}
