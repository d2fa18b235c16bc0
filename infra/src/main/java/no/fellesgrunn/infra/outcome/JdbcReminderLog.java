package no.fellesgrunn.infra.outcome;

import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.outcome.Reminder;
import no.fellesgrunn.domain.outcome.ReminderLog;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcReminderLog implements ReminderLog {
    private final Jdbc jdbc;

    public JdbcReminderLog(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean claim(UUID stepId, Reminder reminder, Instant at) {
        return jdbc.template()
                        .update(
                                "insert into step_reminder (step_id, reminder, sent_at) values (?, ?, ?) "
                                        + "on conflict do nothing",
                                stepId,
                                reminder.name(),
                                Jdbc.timestamp(at))
                == 1;
    }
}
