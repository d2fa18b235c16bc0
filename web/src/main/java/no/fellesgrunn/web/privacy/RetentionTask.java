package no.fellesgrunn.web.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs {@link PersonalDataRetention#runOnce()} every night at 03:15 Oslo time, as a recurring task on
 * the solver nodes' db-scheduler (one node runs it; see SolverJobEngine). It is idempotent: an
 * event is anonymised once and recorded in {@code personal_data_removal}.
 */
@Configuration
public class RetentionTask {
    static final String NAME = "personal-data-retention";

    @Bean
    RecurringTask<Void> personalDataRetentionTask(PersonalDataRetention retention) {
        return Tasks.recurring(NAME, Schedules.daily(ZoneId.of("Europe/Oslo"), LocalTime.of(3, 15)))
                .execute((instance, context) -> retention.runOnce());
    }
}
