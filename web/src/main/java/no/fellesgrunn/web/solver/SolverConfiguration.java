package no.fellesgrunn.web.solver;

import java.time.Duration;
import java.util.UUID;

import no.fellesgrunn.planner.matching.MatchingEngine;
import no.fellesgrunn.planner.matching.MatchingSolution;
import no.fellesgrunn.planner.scheduling.EventSchedule;
import no.fellesgrunn.planner.scheduling.SchedulingEngine;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two solvers of the application, each with its own {@link SolverManager} (OptaPlanner's
 * Spring Boot starter allows only one planning solution per application, so the managers are
 * built here from the engines' own solver configurations). Time limits are settings so tests can
 * run in seconds: {@code fellesgrunn.solver.matching-time-limit} and
 * {@code fellesgrunn.solver.scheduling-time-limit}. A scheduling run also ends when its score has not
 * improved for {@code fellesgrunn.solver.scheduling-unimproved-limit} (default 10 s).
 */
@Configuration
public class SolverConfiguration {
    /** Two events may be solved at once; a third waits in line. */
    static final String PARALLEL_JOBS = "2";

    @Bean
    MatchingEngine matchingEngine() {
        return new MatchingEngine();
    }

    @Bean
    SchedulingEngine schedulingEngine() {
        return new SchedulingEngine();
    }

    @Bean(destroyMethod = "close")
    SolverManager<MatchingSolution, UUID> matchingSolverManager(MatchingEngine engine,
            @Value("${fellesgrunn.solver.matching-time-limit:30s}") Duration timeLimit) {
        return SolverManager.create(engine.solverConfig(timeLimit),
                new SolverManagerConfig().withParallelSolverCount(PARALLEL_JOBS));
    }

    @Bean(destroyMethod = "close")
    SolverManager<EventSchedule, UUID> schedulingSolverManager(SchedulingEngine engine,
            @Value("${fellesgrunn.solver.scheduling-time-limit:60s}") Duration timeLimit,
            @Value("${fellesgrunn.solver.scheduling-unimproved-limit:10s}") Duration unimprovedLimit) {
        return SolverManager.create(engine.solverConfig(timeLimit, unimprovedLimit),
                new SolverManagerConfig().withParallelSolverCount(PARALLEL_JOBS));
    }
}
