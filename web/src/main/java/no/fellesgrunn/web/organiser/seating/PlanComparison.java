package no.fellesgrunn.web.organiser.seating;

import java.util.List;

/**
 * What changed from the published plan to the latest draft, and who must be told: people whose
 * table, room or challenge changed in some round (with the rounds), people new in the plan, and
 * people no longer in it (listed, not counted: they cancelled).
 */
public record PlanComparison(
        int publishedNumber,
        int draftNumber,
        int peopleToTell,
        List<Change> changed,
        List<String> added,
        List<String> removed) {

    /** A person whose schedule changed, by name, with the numbers of the rounds that changed. */
    public record Change(String name, List<Integer> rounds) {}
}
