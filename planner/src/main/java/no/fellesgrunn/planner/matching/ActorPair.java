package no.fellesgrunn.planner.matching;

/**
 * Two actor ids, in no particular order: an excluded pair or an earlier match.
 * {@link #equals(Object)} is order-sensitive; use {@link #key()} to compare pairs as sets.
 */
public record ActorPair(String first, String second) {

    public ActorPair {
        if (first == null || first.isEmpty() || second == null || second.isEmpty()) {
            throw new IllegalArgumentException("A pair needs two non-empty actor ids.");
        }
    }

    /** The same pair with its ids sorted, so (a, b) and (b, a) have the same key. */
    public ActorPair key() {
        return first.compareTo(second) <= 0 ? this : new ActorPair(second, first);
    }
}
