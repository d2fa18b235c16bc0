package no.fellesgrunn.domain.actor;

import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/** A theme an actor cares about, with its priority (1 = most important). */
public record ThemeInterest(String themeKey, int priority) {
    public ThemeInterest {
        if (themeKey == null || themeKey.isBlank()) {
            throw new DomainException(DomainError.THEME_REQUIRED, "theme is required");
        }
        if (priority < 1) {
            throw new DomainException(
                    DomainError.THEME_PRIORITY_INVALID,
                    "priority of theme '" + themeKey + "' must be 1 or more, was " + priority,
                    priority);
        }
    }
}
