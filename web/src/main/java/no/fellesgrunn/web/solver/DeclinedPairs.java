package no.fellesgrunn.web.solver;

import java.util.Set;
import java.util.UUID;

/**
 * Pairs of actors one of whom declined a match with the other: the matching solver never proposes
 * them again. Participants decline in their own workspace; until that module provides a bean,
 * {@link #NONE} is used.
 */
public interface DeclinedPairs {
    /** Each pair as a set of two actor ids. */
    Set<Set<UUID>> declinedPairs();

    DeclinedPairs NONE = Set::of;
}
