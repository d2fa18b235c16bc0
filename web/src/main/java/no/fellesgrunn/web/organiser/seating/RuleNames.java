package no.fellesgrunn.web.organiser.seating;

import java.util.Locale;

/**
 * The seating rules by the names the organiser reads. The planner names its constraints in
 * English (those names are its API and appear in its files); the bundles say them in the reader's
 * language under {@code rule.<name in lower case with dashes>}.
 */
public final class RuleNames {
    private RuleNames() {}

    public static String key(String constraint) {
        return "rule." + constraint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
