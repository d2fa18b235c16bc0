package no.fellesgrunn.planner.scheduling;

import java.util.List;

/**
 * What changed between a published plan and a new one. {@link #peopleToTell()} counts the people
 * who must be told: participants of both plans whose table, room or challenge changed in some
 * round, who lost or got a seat, and participants who are new in the plan. People who are gone
 * (cancelled) are listed but not counted.
 */
public record PlanChanges(int peopleToTell, List<PersonChange> changed, List<String> added, List<String> removed) {
    public PlanChanges {
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** A participant of both plans whose schedule changed, and in which rounds. */
    public record PersonChange(String participant, List<String> rounds) {
        public PersonChange {
            rounds = List.copyOf(rounds);
        }
    }
}
