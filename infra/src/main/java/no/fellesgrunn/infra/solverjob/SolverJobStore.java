package no.fellesgrunn.infra.solverjob;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The {@code solver_job} table: runs are queued here, claimed by the node that executes them (through
 * db-scheduler's {@code scheduled_tasks}), report progress and their best solution so far, and end.
 * Every change is announced on the channel {@code solver_job} (a trigger), see {@link SolverJobNotifications}.
 */
@Repository
public class SolverJobStore {
    private final Jdbc jdbc;

    public SolverJobStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Queues a run, or returns empty when the event already has an active run of this kind. */
    public Optional<SolverJob> enqueue(UUID eventId, String kind, String parametersJson, String requestedBy) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.template()
                    .update(
                            "insert into solver_job (id, event_id, kind, status, parameters, requested_by) "
                                    + "values (?, ?, ?, 'QUEUED', ?::jsonb, ?)",
                            id,
                            eventId,
                            kind,
                            parametersJson,
                            requestedBy);
        } catch (DuplicateKeyException active) {
            return Optional.empty();
        }
        return find(id);
    }

    public Optional<SolverJob> find(UUID id) {
        return one("select * from solver_job where id = ?", id);
    }

    /** The event's latest run of this kind, active or ended. */
    public Optional<SolverJob> latest(UUID eventId, String kind) {
        return one(
                "select * from solver_job where event_id = ? and kind = ? order by queued_at desc, id limit 1",
                eventId,
                kind);
    }

    /** Runs that are active now, oldest first. */
    public List<SolverJob> active() {
        return jdbc.template()
                .query(
                        "select * from solver_job where status in ('QUEUED', 'RUNNING', 'INTERRUPTED') "
                                + "order by queued_at, id",
                        (rs, n) -> map(rs));
    }

    /** A queued run's place in the queue of all nodes: 1 when no queued run is older. */
    public int placeInQueue(SolverJob job) {
        Integer ahead = jdbc.template()
                .queryForObject(
                        "select count(*) from solver_job where status = 'QUEUED' "
                                + "and (queued_at < ? or (queued_at = ? and id < ?))",
                        Integer.class,
                        Jdbc.timestamp(job.queuedAt()),
                        Jdbc.timestamp(job.queuedAt()),
                        job.id());
        return (ahead == null ? 0 : ahead) + 1;
    }

    /**
     * The node starts executing the run: RUNNING on this node. A run that was RUNNING or INTERRUPTED
     * before is being taken over (resumed + 1). Empty when the run ended or was cancelled meanwhile.
     */
    public Optional<SolverJob> claim(UUID id, String node) {
        int rows = jdbc.template()
                .update(
                        "update solver_job set node = ?, heartbeat = now(), "
                                + "started_at = coalesce(started_at, now()), "
                                + "resumed = resumed + case when status in ('RUNNING', 'INTERRUPTED') then 1 else 0 end, "
                                + "status = 'RUNNING' where id = ? and status in ('QUEUED', 'RUNNING', 'INTERRUPTED')",
                        node,
                        id);
        return rows == 1 ? find(id) : Optional.empty();
    }

    /**
     * Progress of a run on this node (also its heartbeat). Returns whether the organiser asked it to
     * stop; false too when the run is no longer this node's.
     */
    public boolean progress(UUID id, String node, String bestScore, int improvements) {
        List<Boolean> stop = jdbc.template()
                .query(
                        "update solver_job set heartbeat = now(), best_score = ?, "
                                + "improvements = ? where id = ? and node = ? and status = 'RUNNING' returning stop_requested",
                        (rs, n) -> rs.getBoolean(1),
                        bestScore,
                        improvements,
                        id,
                        node);
        return !stop.isEmpty() && stop.get(0);
    }

    /** The best solution so far, to continue from if this node dies. */
    public void checkpoint(UUID id, String node, String solutionJson, String score) {
        jdbc.template()
                .update(
                        "update solver_job set checkpoint = ?::jsonb, checkpoint_score = ?, "
                                + "checkpoint_at = now(), heartbeat = now() where id = ? and node = ? and status = 'RUNNING'",
                        solutionJson,
                        score,
                        id,
                        node);
    }

    /** The node stops (shutdown) before the run ended: another node, or this one after restart, continues. */
    public void interrupted(UUID id, String node) {
        jdbc.template()
                .update(
                        "update solver_job set status = 'INTERRUPTED' where id = ? and node = ? "
                                + "and status = 'RUNNING'",
                        id,
                        node);
    }

    /** The run ended (FINISHED or STOPPED) and its result is stored. */
    public void ended(
            UUID id,
            SolverJob.Status status,
            String bestScore,
            Integer resultCount,
            Integer unmatched,
            Integer peopleToTell,
            UUID planVersionId) {
        jdbc.template()
                .update(
                        "update solver_job set status = ?, ended_at = now(), best_score = ?, result_count = ?, "
                                + "unmatched = ?, people_to_tell = ?, plan_version_id = ?, checkpoint = null where id = ?",
                        status.name(),
                        bestScore,
                        resultCount,
                        unmatched,
                        peopleToTell,
                        planVersionId,
                        id);
    }

    /** The run failed; nothing (further) is stored. */
    public void failed(UUID id, String errorCode, String message) {
        jdbc.template()
                .update(
                        "update solver_job set status = 'FAILED', ended_at = now(), error_code = ?, "
                                + "message = ? where id = ? and status in ('QUEUED', 'RUNNING', 'INTERRUPTED')",
                        errorCode,
                        message,
                        id);
    }

    /** Asks an active run to stop; returns false when it is not active. */
    public boolean requestStop(UUID id) {
        return jdbc.template()
                        .update(
                                "update solver_job set stop_requested = true where id = ? "
                                        + "and status in ('QUEUED', 'RUNNING', 'INTERRUPTED')",
                                id)
                == 1;
    }

    /** Cancels a run that no node has started; false when it has started (or ended). */
    public boolean cancelQueued(UUID id) {
        return jdbc.template()
                        .update(
                                "update solver_job set status = 'CANCELLED', ended_at = now(), "
                                        + "stop_requested = true where id = ? and status = 'QUEUED'",
                                id)
                == 1;
    }

    /** Marks a run cancelled that was asked to stop before it started solving. */
    public void cancelled(UUID id) {
        jdbc.template()
                .update(
                        "update solver_job set status = 'CANCELLED', ended_at = now() where id = ? "
                                + "and status in ('QUEUED', 'RUNNING', 'INTERRUPTED')",
                        id);
    }

    /**
     * Keeps a change the organiser reported with an active run that still takes changes (its solver has
     * not ended). The run's row is locked meanwhile, so {@link #closeChanges} waits for it. Joins the
     * caller's transaction, if any (the registration is saved in the same one).
     *
     * @return false when the run ended, or its solver did, before the change was kept
     */
    public boolean addChange(UUID jobId, String changeJson, String reportedBy) {
        return jdbc.template()
                        .update(
                                "insert into solver_job_change (job_id, change, reported_by) "
                                        + "select id, ?::jsonb, ? from solver_job where id = ? and accepts_changes "
                                        + "and status in ('QUEUED', 'RUNNING', 'INTERRUPTED') for share",
                                changeJson,
                                reportedBy,
                                jobId)
                == 1;
    }

    /** The run's changes after {@code afterSeq} (0 for all), in the order they were reported. */
    public List<SolverJobChange> changes(UUID jobId, long afterSeq) {
        return jdbc.template()
                .query(
                        "select seq, job_id, change, reported_by, reported_at from solver_job_change "
                                + "where job_id = ? and seq > ? order by seq",
                        (rs, n) -> new SolverJobChange(
                                rs.getLong("seq"),
                                Jdbc.uuid(rs, "job_id"),
                                rs.getString("change"),
                                rs.getString("reported_by"),
                                Jdbc.instant(rs, "reported_at")),
                        jobId,
                        afterSeq);
    }

    /**
     * The run's solver has ended: no more changes are taken. Returns once a change being added
     * meanwhile is committed, so {@link #changes} read afterwards sees every change ever taken.
     */
    public void closeChanges(UUID jobId) {
        jdbc.template().update("update solver_job set accepts_changes = false where id = ?", jobId);
    }

    /** Whether the run still takes changes. */
    public boolean acceptsChanges(UUID jobId) {
        return Boolean.TRUE.equals(jdbc.template()
                .queryForObject("select accepts_changes from solver_job where id = ?", Boolean.class, jobId));
    }

    private Optional<SolverJob> one(String sql, Object... args) {
        return jdbc.template().query(sql, (rs, n) -> map(rs), args).stream().findFirst();
    }

    private static SolverJob map(ResultSet rs) throws SQLException {
        return new SolverJob(
                Jdbc.uuid(rs, "id"),
                Jdbc.uuid(rs, "event_id"),
                rs.getString("kind"),
                SolverJob.Status.valueOf(rs.getString("status")),
                rs.getString("parameters"),
                rs.getString("requested_by"),
                rs.getString("node"),
                Jdbc.instant(rs, "queued_at"),
                Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "ended_at"),
                Jdbc.instant(rs, "heartbeat"),
                rs.getBoolean("stop_requested"),
                rs.getString("best_score"),
                rs.getInt("improvements"),
                rs.getString("checkpoint"),
                rs.getString("checkpoint_score"),
                rs.getInt("resumed"),
                (Integer) rs.getObject("result_count"),
                (Integer) rs.getObject("unmatched"),
                (Integer) rs.getObject("people_to_tell"),
                Jdbc.uuid(rs, "plan_version_id"),
                rs.getString("error_code"),
                rs.getString("message"));
    }
}
