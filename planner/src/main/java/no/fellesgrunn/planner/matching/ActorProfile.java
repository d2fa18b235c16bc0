package no.fellesgrunn.planner.matching;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/**
 * One actor as the matching engine sees them: who they are, what they care about and how many
 * coffee chats they want. The web application builds these from its domain data; the command line
 * reads them from a {@code fellesgrunn.matching/1} file.
 *
 * @param id            non-empty, unique within a {@link MatchingProblem}
 * @param organisation  the actor's organisation, or {@code null} when they belong to none (two
 *                      actors without an organisation are never "the same organisation")
 * @param sector        the part of society the actor speaks from
 * @param municipality  four-digit municipality number ({@code "1804"}), or {@code null}; its first
 *                      two digits are the county
 * @param themes        the actor's themes (common thirds); may be empty, but then nobody can meet them
 * @param perspectives  the kinds of people the actor is (may be empty)
 * @param maxMatches    how many matches the actor accepts, or {@code null} for the problem's
 *                      {@link MatchingProblem#matchesPerActor()}
 */
public record ActorProfile(
        String id,
        String organisation,
        Sector sector,
        String municipality,
        Set<String> themes,
        Set<Perspective> perspectives,
        Integer maxMatches) {

    public ActorProfile {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("An actor needs a non-empty id.");
        }
        Objects.requireNonNull(sector, () -> "Actor " + id + " needs a sector.");
        if (maxMatches != null && maxMatches < 1) {
            throw new IllegalArgumentException(
                    "Actor " + id + ": maxMatches must be at least 1, got " + maxMatches + ".");
        }
        SortedSet<String> sortedThemes = new TreeSet<>(themes == null ? Set.of() : themes);
        themes = java.util.Collections.unmodifiableSortedSet(sortedThemes);
        perspectives = perspectives == null || perspectives.isEmpty()
                ? Set.of()
                : Set.copyOf(java.util.EnumSet.copyOf(perspectives));
    }

    /** The county number (first two digits of the municipality number), or {@code null}. */
    public String county() {
        return municipality == null || municipality.length() < 2 ? null : municipality.substring(0, 2);
    }
}
