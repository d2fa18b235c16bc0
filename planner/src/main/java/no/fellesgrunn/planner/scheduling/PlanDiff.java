package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two event plans and lists who must be told: everyone whose table, room or challenge
 * changed in any round, who lost or gained a seat, and who is new. Use it after re-planning to
 * send notices only to the people concerned.
 */
public final class PlanDiff {
    private PlanDiff() {}

    private record Place(String table, String room, String challenge) {}

    public static PlanChanges between(EventPlan before, EventPlan after) {
        Map<String, Map<String, Place>> old = places(before);
        Map<String, Map<String, Place>> now = places(after);
        List<PlanChanges.PersonChange> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String participant : now.keySet()) {
            Map<String, Place> was = old.get(participant);
            if (was == null) {
                added.add(participant);
                continue;
            }
            Map<String, Place> is = now.get(participant);
            Set<String> rounds = new TreeSet<>(was.keySet());
            rounds.addAll(is.keySet());
            List<String> changedRounds = new ArrayList<>();
            for (String round : rounds) {
                if (!samePlace(was.get(round), is.get(round))) {
                    changedRounds.add(round);
                }
            }
            if (!changedRounds.isEmpty()) {
                changed.add(new PlanChanges.PersonChange(participant, changedRounds));
            }
        }
        for (String participant : old.keySet()) {
            if (!now.containsKey(participant)) {
                removed.add(participant);
            }
        }
        return new PlanChanges(changed.size() + added.size(), changed, added, removed);
    }

    /** Same table and challenge, and the same room when both plans name one (older files may not). */
    private static boolean samePlace(Place a, Place b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.table(), b.table())
                && Objects.equals(a.challenge(), b.challenge())
                && (a.room() == null || b.room() == null || a.room().equals(b.room()));
    }

    /**
     * Participant → round → place. Unseated rounds map to a place without table, so losing a seat
     * counts as a change; a participant listed only as unseated still belongs to the plan.
     */
    private static Map<String, Map<String, Place>> places(EventPlan plan) {
        Map<String, Map<String, Place>> places = new HashMap<>();
        Set<String> order = new LinkedHashSet<>();
        for (EventPlan.TableSeating seating : plan.seating()) {
            for (String participant : seating.participants()) {
                order.add(participant);
                places.computeIfAbsent(participant, p -> new HashMap<>())
                        .put(seating.round(), new Place(seating.table(), seating.room(), seating.challenge()));
            }
        }
        for (EventPlan.Unseated unseated : plan.unseated()) {
            places.computeIfAbsent(unseated.participant(), p -> new HashMap<>())
                    .put(unseated.round(), new Place(null, null, null));
        }
        return places;
    }
}
