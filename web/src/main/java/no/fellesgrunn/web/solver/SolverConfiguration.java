package no.fellesgrunn.web.solver;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import no.fellesgrunn.infra.solverjob.SolverJobStore;
import no.fellesgrunn.planner.matching.MatchingEngine;
import no.fellesgrunn.planner.scheduling.SchedulingEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * The two solver engines and the job engine that runs them ({@link SolverJobEngine} on
 * db-scheduler). OptaPlanner's Spring Boot starter is not used: it allows only one planning
 * solution per application, and jobs here are persistent and may run on any node. Settings:
 * {@code fellesgrunn.solver.matching-time-limit}, {@code .scheduling-time-limit}, {@code .scheduling-unimproved-limit},
 * {@code .concurrent-jobs} (default: cores − 1, at least 1), {@code .node-name},
 * {@code .poll-interval}, {@code .heartbeat-interval}, {@code .missed-heartbeats},
 * {@code .progress-interval} and {@code .checkpoint-interval}.
 */
@Configuration
public class SolverConfiguration {

    @Bean
    MatchingEngine matchingEngine() {
        return new MatchingEngine();
    }

    @Bean
    SchedulingEngine schedulingEngine() {
        return new SchedulingEngine();
    }

    @Bean
    SolverJobSettings solverJobSettings(
            @Value("${fellesgrunn.solver.node-name:}") String node,
            @Value("${fellesgrunn.solver.concurrent-jobs:0}") int concurrentJobs,
            @Value("${fellesgrunn.solver.poll-interval:1s}") Duration pollInterval,
            @Value("${fellesgrunn.solver.heartbeat-interval:5s}") Duration heartbeatInterval,
            @Value("${fellesgrunn.solver.missed-heartbeats:4}") int missedHeartbeats,
            @Value("${fellesgrunn.solver.progress-interval:1s}") Duration progressInterval,
            @Value("${fellesgrunn.solver.checkpoint-interval:5s}") Duration checkpointInterval) {
        return new SolverJobSettings(
                node.isBlank() ? defaultNodeName() : node,
                concurrentJobs > 0 ? concurrentJobs : SolverJobSettings.defaultConcurrentJobs(),
                pollInterval,
                heartbeatInterval,
                Math.max(4, missedHeartbeats),
                progressInterval,
                checkpointInterval);
    }

    /** Started after Flyway has migrated (its tables are in V50__solver_jobs.sql). */
    @Bean(destroyMethod = "close")
    @DependsOn("flywayInitializer")
    SolverJobEngine solverJobEngine(
            DataSource dataSource,
            SolverJobStore store,
            List<SolverKind<?>> kinds,
            SolverJobSettings settings,
            org.springframework.beans.factory.ObjectProvider<
                            com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>>
                    housekeeping) {
        return new SolverJobEngine(
                        dataSource,
                        store,
                        kinds,
                        settings,
                        housekeeping.orderedStream().toList())
                .start();
    }

    /** Host name and process id: unique per node, also for two nodes on one machine. */
    static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
