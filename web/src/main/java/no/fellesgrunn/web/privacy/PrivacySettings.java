package no.fellesgrunn.web.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long participants' personal data is kept after an event, and how long before that the
 * organiser is warned on the event's pages. Written like {@code 12m}, {@code 1y}, {@code 30d}
 * (or ISO {@code P12M}).
 */
@ConfigurationProperties("fellesgrunn.privacy")
public record PrivacySettings(Period retention, Period warning) {
    public PrivacySettings {
        retention = retention == null ? Period.ofMonths(12) : retention;
        warning = warning == null ? Period.ofDays(30) : warning;
        if (retention.isNegative() || retention.isZero() || warning.isNegative()) {
            throw new IllegalArgumentException(
                    "fellesgrunn.privacy.retention must be positive and .warning not negative");
        }
    }
}
