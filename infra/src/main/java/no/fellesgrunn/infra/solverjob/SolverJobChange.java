package no.fellesgrunn.infra.solverjob;

import java.time.Instant;
import java.util.UUID;

/**
 * A change the organiser reported while a job was queued or running ({@code solver_job_change}), to
 * be handed to its solver by whichever node runs it.
 *
 * @param seq    order of the changes (increasing over all jobs)
 * @param change JSON object describing the change; its meaning belongs to the job's kind
 */
public record SolverJobChange(long seq, UUID jobId, String change, String reportedBy, Instant reportedAt) {}
