package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.SolverConfig;

/** Done when done: a run ends once its score stops improving, in the engine and on the command line. */
class SchedulingTerminationTest {
    private final SchedulingEngine engine = new SchedulingEngine();

    @AfterEach
    void clearProperty() {
        System.clearProperty(ScheduleCommand.UNIMPROVED_LIMIT_PROPERTY);
    }

    @Test
    void aRunWhoseScoreStopsImprovingEndsLongBeforeTheTimeLimit() {
        // 12 people at 3 tables of 4 over 5 rounds: each meets 3 people a round, 15 in all, but
        // there are only 11 others, so repeats cannot be avoided and the score soon stops improving
        // short of zero. The run then ends 1 s after its last improvement, not after 30 s.
        EventProblem problem = EventGenerator.plainEvent(12, 3, 4, 5);
        long t0 = System.nanoTime();
        EventPlan plan = engine.solve(
                problem, SchedulingWeights.defaults(), Duration.ofSeconds(30), Duration.ofSeconds(1), null);
        double seconds = (System.nanoTime() - t0) / 1e9;

        PlanChecks.assertFeasible(problem, plan);
        assertThat(PlanChecks.repeatedPairs(plan)).isGreaterThanOrEqualTo(12 * 4 / 2);
        assertThat(seconds).as("run time in seconds").isLessThan(10);
    }

    @Test
    void theUnimprovedLimitIsPartOfTheConfigurationOnlyWhenShorterThanTheTimeLimit() {
        SolverConfig app = engine.solverConfig(Duration.ofSeconds(60));
        assertThat(app.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(60));
        assertThat(app.getTerminationConfig().getUnimprovedSpentLimit())
                .isEqualTo(SchedulingEngine.DEFAULT_UNIMPROVED_LIMIT);
        assertThat(SchedulingEngine.DEFAULT_UNIMPROVED_LIMIT).isLessThan(Duration.ofSeconds(60));
        // A 3 s run (as in the web tests) is not cut by a 10 s unimproved limit.
        assertThat(engine.solverConfig(Duration.ofSeconds(3))
                        .getTerminationConfig()
                        .getUnimprovedSpentLimit())
                .isNull();
        assertThatThrownBy(() -> engine.solverConfig(Duration.ofSeconds(3), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandLineReadsTheUnimprovedLimitFromASystemProperty() {
        assertThat(ScheduleCommand.unimprovedLimit()).isEqualTo(SchedulingEngine.DEFAULT_UNIMPROVED_LIMIT);
        System.setProperty(ScheduleCommand.UNIMPROVED_LIMIT_PROPERTY, "2s");
        assertThat(ScheduleCommand.unimprovedLimit()).isEqualTo(Duration.ofSeconds(2));
        System.setProperty(ScheduleCommand.UNIMPROVED_LIMIT_PROPERTY, "750ms");
        assertThat(ScheduleCommand.unimprovedLimit()).isEqualTo(Duration.ofMillis(750));
        System.setProperty(ScheduleCommand.UNIMPROVED_LIMIT_PROPERTY, "PT3S");
        assertThat(ScheduleCommand.unimprovedLimit()).isEqualTo(Duration.ofSeconds(3));
        System.setProperty(ScheduleCommand.UNIMPROVED_LIMIT_PROPERTY, "soon");
        assertThatThrownBy(ScheduleCommand::unimprovedLimit)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soon");
    }
}
