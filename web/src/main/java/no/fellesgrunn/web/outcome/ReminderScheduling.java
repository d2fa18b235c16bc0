package no.fellesgrunn.web.outcome;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the morning run of {@link StepReminders}; off with {@code fellesgrunn.reminders.enabled=false} (the tests do). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "fellesgrunn.reminders.enabled", matchIfMissing = true)
class ReminderScheduling {}
