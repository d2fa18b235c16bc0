package no.fellesgrunn.infra.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcPlanRepository implements PlanRepository {
    private final Jdbc jdbc;

    public JdbcPlanRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<PlanVersion> findById(UUID id) {
        return load("p.id = ?", id).stream().findFirst();
    }

    @Override
    public List<PlanVersion> findByEvent(UUID eventId) {
        return load("p.event_id = ?", eventId);
    }

    @Override
    public Optional<PlanVersion> findLatest(UUID eventId) {
        // Only that version's seats are read, not those of every version before it.
        return load(
                        "p.id = (select l.id from plan_version l where l.event_id = ? order by l.number desc limit 1)",
                        eventId)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<PlanVersion> findPublished(UUID eventId) {
        return load(
                        "p.id = (select l.id from plan_version l where l.event_id = ? and l.status = 'PUBLISHED' "
                                + "order by l.number desc limit 1)",
                        eventId)
                .stream()
                .findFirst();
    }

    @Override
    public List<UUID> latestPublishedIds(UUID eventId, int limit) {
        return jdbc.client()
                .sql("select id from plan_version where event_id = ? and status = 'PUBLISHED' "
                        + "order by number desc limit ?")
                .params(eventId, limit)
                .query(UUID.class)
                .list();
    }

    @Override
    public Optional<PlanStatus> latestStatus(UUID eventId) {
        return jdbc.client()
                .sql("select status from plan_version where event_id = ? order by number desc limit 1")
                .param(eventId)
                .query(String.class)
                .optional()
                .map(PlanStatus::valueOf);
    }

    private List<PlanVersion> load(String condition, Object... params) {
        Map<UUID, List<Seat>> seats = new HashMap<>();
        jdbc.template()
                .query(
                        "select s.* from seat s join plan_version p on p.id = s.plan_version_id where " + condition
                                + " order by s.ordinal",
                        rs -> {
                            seats.computeIfAbsent(Jdbc.uuid(rs, "plan_version_id"), k -> new ArrayList<>())
                                    .add(new Seat(
                                            Jdbc.uuid(rs, "actor_id"),
                                            Jdbc.uuid(rs, "round_id"),
                                            Jdbc.uuid(rs, "table_id"),
                                            Jdbc.uuid(rs, "challenge_id"),
                                            rs.getBoolean("pinned")));
                        },
                        params);
        return jdbc.template()
                .query(
                        "select p.* from plan_version p where " + condition + " order by p.number",
                        (rs, n) -> {
                            UUID id = Jdbc.uuid(rs, "id");
                            return new PlanVersion(
                                    id,
                                    Jdbc.uuid(rs, "event_id"),
                                    rs.getInt("number"),
                                    PlanStatus.valueOf(rs.getString("status")),
                                    rs.getString("created_by"),
                                    Jdbc.instant(rs, "created_at"),
                                    rs.getString("published_by"),
                                    Jdbc.instant(rs, "published_at"),
                                    rs.getString("score"),
                                    seats.getOrDefault(id, List.of()),
                                    rs.getInt("version"),
                                    rs.getString("override_reason"));
                        },
                        params);
    }

    @Override
    public PlanVersion save(PlanVersion p, String editedBy) {
        return jdbc.inTransaction(() -> {
            if (p.version() == 0) {
                jdbc.template()
                        .update(
                                "insert into plan_version (id, event_id, number, status, created_by, created_at, "
                                        + "published_by, published_at, score, version, updated_by, override_reason) "
                                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                                p.id(),
                                p.eventId(),
                                p.number(),
                                p.status().name(),
                                p.createdBy(),
                                Jdbc.timestamp(p.createdAt()),
                                p.publishedBy(),
                                Jdbc.timestamp(p.publishedAt()),
                                p.score(),
                                editedBy,
                                p.overrideReason());
            } else {
                int rows = jdbc.template()
                        .update(
                                "update plan_version set status = ?, published_by = ?, published_at = ?, "
                                        + "score = ?, override_reason = ?, version = version + 1, updated_by = ?, updated_at = now() "
                                        + "where id = ? and version = ?",
                                p.status().name(),
                                p.publishedBy(),
                                Jdbc.timestamp(p.publishedAt()),
                                p.score(),
                                p.overrideReason(),
                                editedBy,
                                p.id(),
                                p.version());
                jdbc.requireUpdated(rows, "plan_version", p.id(), p.version(), "plan version " + p.number());
                jdbc.template().update("delete from seat where plan_version_id = ?", p.id());
            }
            List<Object[]> seatRows = new ArrayList<>();
            for (int i = 0; i < p.seats().size(); i++) {
                Seat s = p.seats().get(i);
                seatRows.add(
                        new Object[] {p.id(), s.actorId(), s.roundId(), s.tableId(), s.challengeId(), s.pinned(), i + 1
                        });
            }
            jdbc.template()
                    .batchUpdate(
                            "insert into seat (plan_version_id, actor_id, round_id, table_id, challenge_id, pinned, "
                                    + "ordinal) values (?, ?, ?, ?, ?, ?, ?)",
                            seatRows);
            return p.withVersion(p.version() + 1);
        });
    }

    @Override
    public void replaceMatches(UUID eventId, List<Match> matches) {
        jdbc.inTransaction(() -> {
            jdbc.template().update("delete from actor_match where event_id is not distinct from ?", eventId);
            jdbc.template()
                    .batchUpdate(
                            "insert into actor_match (id, event_id, actor_a, actor_b, similarity, shared_themes, "
                                    + "reasons, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                            matches.stream()
                                    .map(m -> new Object[] {
                                        m.id(),
                                        eventId,
                                        m.actorA(),
                                        m.actorB(),
                                        m.similarity(),
                                        m.sharedThemes().toArray(String[]::new),
                                        m.reasons().toArray(String[]::new),
                                        Jdbc.timestamp(m.createdAt())
                                    })
                                    .toList());
            return null;
        });
    }

    @Override
    public List<Match> findMatches(UUID eventId) {
        return jdbc.template()
                .query(
                        "select * from actor_match where event_id is not distinct from ? order by created_at, id",
                        (rs, n) -> new Match(
                                Jdbc.uuid(rs, "id"),
                                Jdbc.uuid(rs, "event_id"),
                                Jdbc.uuid(rs, "actor_a"),
                                Jdbc.uuid(rs, "actor_b"),
                                rs.getDouble("similarity"),
                                Jdbc.list(rs, "shared_themes"),
                                Jdbc.list(rs, "reasons"),
                                Jdbc.instant(rs, "created_at")),
                        eventId);
    }
}
