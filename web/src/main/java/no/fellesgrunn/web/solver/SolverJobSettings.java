package no.fellesgrunn.web.solver;

import java.time.Duration;

/**
 * How this node runs solver jobs ({@code fellesgrunn.solver.*}).
 *
 * @param node               this node's name in {@code solver_job.node} and db-scheduler's {@code picked_by}
 * @param concurrentJobs     solves at once on this node; more wait in the queue
 * @param pollInterval       how often the node looks for queued jobs and for progress of other nodes' jobs
 * @param heartbeatInterval  db-scheduler's heartbeat; a job is taken over after {@code missedHeartbeats} of them
 * @param progressInterval   how often a running job's progress (and heartbeat) is written
 * @param checkpointInterval how often, at most, a running job's improved best solution is written
 */
public record SolverJobSettings(
        String node,
        int concurrentJobs,
        Duration pollInterval,
        Duration heartbeatInterval,
        int missedHeartbeats,
        Duration progressInterval,
        Duration checkpointInterval) {

    /** When a running job's heartbeat is this old, its node is taken for dead and the job shown as interrupted. */
    public Duration deadAfter() {
        Duration byScheduler = heartbeatInterval.multipliedBy(missedHeartbeats);
        Duration byProgress = progressInterval.multipliedBy(3);
        return byScheduler.compareTo(byProgress) > 0 ? byScheduler : byProgress;
    }

    /** The default limit: one core less than the machine has (the web requests need one), at least 1. */
    public static int defaultConcurrentJobs() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    public SolverJobSettings withNode(String otherNode) {
        return new SolverJobSettings(
                otherNode,
                concurrentJobs,
                pollInterval,
                heartbeatInterval,
                missedHeartbeats,
                progressInterval,
                checkpointInterval);
    }
}
