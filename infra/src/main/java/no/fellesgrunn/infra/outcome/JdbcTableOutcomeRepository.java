package no.fellesgrunn.infra.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.OutcomeComment;
import no.fellesgrunn.domain.outcome.StepOwner;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcTableOutcomeRepository implements TableOutcomeRepository {
    private final Jdbc jdbc;

    public JdbcTableOutcomeRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<TableOutcome> find(UUID eventId, UUID roundId, UUID tableId) {
        return load("o.event_id = ? and o.round_id = ? and o.table_id = ?", eventId, roundId, tableId).stream()
                .findFirst();
    }

    @Override
    public Optional<TableOutcome> findById(UUID id) {
        return load("o.id = ?", id).stream().findFirst();
    }

    @Override
    public List<TableOutcome> findByEvents(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return load("o.event_id = any(cast(? as uuid[]))", (Object)
                eventIds.stream().map(UUID::toString).toArray(String[]::new));
    }

    @Override
    public List<TableOutcome> findByStepOwner(UUID actorId) {
        return load("o.id in (select outcome_id from table_outcome_step where owner_actor_id = ?)", actorId);
    }

    @Override
    public List<TableOutcome> findInvolving(UUID actorId) {
        return load(
                "(o.recorded_by = ? or o.confirmed_by = ? "
                        + "or o.id in (select outcome_id from table_outcome_step where owner_actor_id = ?) "
                        + "or o.id in (select outcome_id from table_outcome_comment where author_id = ?))",
                actorId,
                actorId,
                actorId,
                actorId);
    }

    @Override
    public List<TableOutcome> findWithOpenPersonalSteps() {
        return load("o.id in (select outcome_id from table_outcome_step where owner_actor_id is not null "
                + "and status in ('NOT_STARTED', 'UNDER_WAY'))");
    }

    private List<TableOutcome> load(String condition, Object... params) {
        Map<UUID, List<TableStep>> steps = new HashMap<>();
        jdbc.template()
                .query(
                        "select s.* from table_outcome_step s join table_outcome o on o.id = s.outcome_id where "
                                + condition + " order by s.outcome_id, s.ordinal",
                        rs -> {
                            steps.computeIfAbsent(Jdbc.uuid(rs, "outcome_id"), k -> new ArrayList<>())
                                    .add(new TableStep(
                                            Jdbc.uuid(rs, "id"),
                                            rs.getString("what"),
                                            new StepOwner(
                                                    Jdbc.uuid(rs, "owner_actor_id"),
                                                    rs.getString("owner_organisation")),
                                            Jdbc.localDate(rs, "due_date"),
                                            rs.getString("joining"),
                                            StepStatus.valueOf(rs.getString("status"))));
                        },
                        params);
        Map<UUID, List<OutcomeComment>> comments = new HashMap<>();
        jdbc.template()
                .query(
                        "select c.* from table_outcome_comment c join table_outcome o on o.id = c.outcome_id where "
                                + condition + " order by c.outcome_id, c.ordinal",
                        rs -> {
                            comments.computeIfAbsent(Jdbc.uuid(rs, "outcome_id"), k -> new ArrayList<>())
                                    .add(new OutcomeComment(
                                            Jdbc.uuid(rs, "id"),
                                            Jdbc.uuid(rs, "author_id"),
                                            rs.getString("body"),
                                            Jdbc.instant(rs, "written_at")));
                        },
                        params);
        return jdbc.template()
                .query(
                        "select o.* from table_outcome o where " + condition + " order by o.event_id, o.id",
                        (rs, n) -> {
                            UUID id = Jdbc.uuid(rs, "id");
                            return new TableOutcome(
                                    id,
                                    Jdbc.uuid(rs, "event_id"),
                                    Jdbc.uuid(rs, "round_id"),
                                    Jdbc.uuid(rs, "table_id"),
                                    Jdbc.uuid(rs, "challenge_id"),
                                    new Findings(
                                            rs.getString("common_third"),
                                            rs.getString("affected"),
                                            rs.getString("cannot_solve_alone"),
                                            rs.getString("ideas")),
                                    steps.getOrDefault(id, List.of()),
                                    comments.getOrDefault(id, List.of()),
                                    Jdbc.uuid(rs, "recorded_by"),
                                    Jdbc.uuid(rs, "confirmed_by"),
                                    Jdbc.instant(rs, "confirmed_at"),
                                    rs.getInt("version"));
                        },
                        params);
    }

    @Override
    public TableOutcome save(TableOutcome o, String editedBy) {
        return jdbc.inTransaction(() -> {
            Findings f = o.findings();
            if (o.version() == 0) {
                jdbc.template()
                        .update(
                                "insert into table_outcome (id, event_id, round_id, table_id, challenge_id, common_third, "
                                        + "affected, cannot_solve_alone, ideas, recorded_by, confirmed_by, confirmed_at, version, updated_by) "
                                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                                o.id(),
                                o.eventId(),
                                o.roundId(),
                                o.tableId(),
                                o.challengeId(),
                                f.commonThird(),
                                f.affected(),
                                f.cannotSolveAlone(),
                                f.ideas(),
                                o.recordedBy(),
                                o.confirmedBy(),
                                o.confirmedAt() == null ? null : Jdbc.timestamp(o.confirmedAt()),
                                editedBy);
            } else {
                int rows = jdbc.template()
                        .update(
                                "update table_outcome set common_third = ?, affected = ?, cannot_solve_alone = ?, "
                                        + "ideas = ?, recorded_by = ?, confirmed_by = ?, confirmed_at = ?, version = version + 1, "
                                        + "updated_by = ?, updated_at = now() where id = ? and version = ?",
                                f.commonThird(),
                                f.affected(),
                                f.cannotSolveAlone(),
                                f.ideas(),
                                o.recordedBy(),
                                o.confirmedBy(),
                                o.confirmedAt() == null ? null : Jdbc.timestamp(o.confirmedAt()),
                                editedBy,
                                o.id(),
                                o.version());
                jdbc.requireUpdated(rows, "table_outcome", o.id(), o.version(), () -> jdbc.client()
                        .sql(
                                "select 'the outcome of table ' || t.label || ' in round ' || r.number from event_table t, event_round r "
                                        + "where t.id = ? and r.id = ?")
                        .params(o.tableId(), o.roundId())
                        .query(String.class)
                        .optional()
                        .orElse("table outcome " + o.id()));
                jdbc.template().update("delete from table_outcome_step where outcome_id = ?", o.id());
                jdbc.template().update("delete from table_outcome_comment where outcome_id = ?", o.id());
            }
            List<Object[]> stepRows = new ArrayList<>();
            for (int i = 0; i < o.steps().size(); i++) {
                TableStep s = o.steps().get(i);
                stepRows.add(new Object[] {
                    s.id(),
                    o.id(),
                    i + 1,
                    s.what(),
                    s.owner().actorId(),
                    s.owner().organisation(),
                    s.due(),
                    s.joining(),
                    s.status().name()
                });
            }
            jdbc.template()
                    .batchUpdate(
                            "insert into table_outcome_step (id, outcome_id, ordinal, what, owner_actor_id, "
                                    + "owner_organisation, due_date, joining, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            stepRows);
            List<Object[]> commentRows = new ArrayList<>();
            for (int i = 0; i < o.comments().size(); i++) {
                OutcomeComment c = o.comments().get(i);
                commentRows.add(
                        new Object[] {c.id(), o.id(), i + 1, c.authorId(), c.text(), Jdbc.timestamp(c.writtenAt())});
            }
            jdbc.template()
                    .batchUpdate(
                            "insert into table_outcome_comment (id, outcome_id, ordinal, author_id, body, written_at) "
                                    + "values (?, ?, ?, ?, ?, ?)",
                            commentRows);
            return o.withVersion(o.version() + 1);
        });
    }

    @Override
    public void nameSecretary(UUID eventId, UUID roundId, UUID tableId, UUID actorId) {
        if (actorId == null) {
            jdbc.template()
                    .update(
                            "delete from table_secretary where event_id = ? and round_id = ? and table_id = ?",
                            eventId,
                            roundId,
                            tableId);
        } else {
            jdbc.template()
                    .update(
                            "insert into table_secretary (event_id, round_id, table_id, actor_id) values (?, ?, ?, ?) "
                                    + "on conflict (event_id, round_id, table_id) do update set actor_id = excluded.actor_id",
                            eventId,
                            roundId,
                            tableId,
                            actorId);
        }
    }

    @Override
    public Optional<UUID> secretary(UUID eventId, UUID roundId, UUID tableId) {
        return jdbc.client()
                .sql("select actor_id from table_secretary where event_id = ? and round_id = ? and table_id = ?")
                .params(eventId, roundId, tableId)
                .query(UUID.class)
                .optional();
    }
}
