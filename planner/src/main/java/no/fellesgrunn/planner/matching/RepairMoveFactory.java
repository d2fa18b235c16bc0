package no.fellesgrunn.planner.matching;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link RepairMove}s aimed at good pairs: new partners are drawn from each actor's best
 * eligible partners (by the soft score of the pair), not from all actors, so at 5,000 actors the
 * moves the solver tries are worth trying. Kinds, drawn at random:
 * <ul>
 * <li>re-pair two matches (a, b), (c, d) into (a, c), (b, d) or (a, d), (b, c);</li>
 * <li>rotate: (a, b) becomes (a, y) for one of a's best partners y, and y's old partner z goes to
 * b: (y, z) becomes (b, z);</li>
 * <li>replace: any slot becomes (x, y) for an actor x and one of x's best partners y;</li>
 * <li>augment: an actor x with room takes one of its best partners y; if y is full, y leaves one
 * of its matches (y, z), and z, now with room, takes one of its best partners w who has room, in
 * an unused slot. This is an augmenting path of the matching: it adds a match, or moves one,
 * where one variable change at a time would have to pass through a worse score.</li>
 * </ul>
 */
public class RepairMoveFactory implements MoveIteratorFactory<MatchingSolution, RepairMove> {
    /** How many best partners per actor the moves draw from. */
    static final int CANDIDATES = 30;

    private List<Actor>[] candidates;

    @Override
    @SuppressWarnings("unchecked")
    public void phaseStarted(ScoreDirector<MatchingSolution> scoreDirector) {
        candidates = new List[scoreDirector.getWorkingSolution().getActors().size()];
    }

    @Override
    public long getSize(ScoreDirector<MatchingSolution> scoreDirector) {
        MatchingSolution solution = scoreDirector.getWorkingSolution();
        return (long) solution.getSlots().size()
                * Math.min(CANDIDATES, solution.getActors().size());
    }

    @Override
    public Iterator<RepairMove> createOriginalMoveIterator(ScoreDirector<MatchingSolution> scoreDirector) {
        throw new UnsupportedOperationException("Repair moves are only drawn at random.");
    }

    @Override
    public Iterator<RepairMove> createRandomMoveIterator(ScoreDirector<MatchingSolution> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RepairMove next() {
                return draw(scoreDirector.getWorkingSolution(), random);
            }
        };
    }

    private RepairMove draw(MatchingSolution solution, Random random) {
        List<MatchSlot> slots = solution.getSlots();
        MatchSlot slot = slots.get(random.nextInt(slots.size()));
        int kind = random.nextInt(4);
        if (kind == 3) {
            RepairMove augment = augment(solution, random);
            if (augment != null) {
                return augment;
            }
        }
        if (kind == 0 && slot.isMatch()) {
            MatchSlot other = slots.get(random.nextInt(slots.size()));
            if (other != slot && other.isMatch()) {
                boolean cross = random.nextBoolean();
                return new RepairMove(List.of(
                        new RepairMove.Assignment(slot, slot.getFirst(), cross ? other.getFirst() : other.getSecond()),
                        new RepairMove.Assignment(
                                other, slot.getSecond(), cross ? other.getSecond() : other.getFirst())));
            }
        }
        if (kind == 1 && slot.isMatch()) {
            boolean keepFirst = random.nextBoolean();
            Actor a = keepFirst ? slot.getFirst() : slot.getSecond();
            Actor b = keepFirst ? slot.getSecond() : slot.getFirst();
            Actor y = pick(candidatesOf(a, solution), random);
            if (y != null && y != b) {
                for (MatchSlot other : slots) {
                    if (other != slot && other.isMatch() && (other.getFirst() == y || other.getSecond() == y)) {
                        Actor z = other.getFirst() == y ? other.getSecond() : other.getFirst();
                        return new RepairMove(
                                List.of(new RepairMove.Assignment(slot, a, y), new RepairMove.Assignment(other, b, z)));
                    }
                }
                return new RepairMove(List.of(new RepairMove.Assignment(slot, a, y)));
            }
        }
        Actor x = solution.getActors().get(random.nextInt(solution.getActors().size()));
        Actor y = pick(candidatesOf(x, solution), random);
        return new RepairMove(List.of(new RepairMove.Assignment(slot, x, y == null ? null : y)));
    }

    /**
     * A random augmenting path: x (with room) takes a partner y; if y is full, y leaves a match
     * (y, z) whose slot now holds (x, y), and z continues the path, up to three new pairs. The
     * path ends when a partner has room (the new pair takes an unused slot) or at the length limit
     * (the last z simply has one match less).
     */
    private RepairMove augment(MatchingSolution solution, Random random) {
        List<MatchSlot> slots = solution.getSlots();
        int[] count = MatchingEngine.matchCounts(solution);
        Actor x = solution.getActors().get(random.nextInt(solution.getActors().size()));
        if (count[x.getIndex()] >= x.getMaxMatches()) {
            return null;
        }
        List<RepairMove.Assignment> assignments = new ArrayList<>();
        java.util.Set<MatchSlot> touched = new java.util.HashSet<>();
        int length = 1 + random.nextInt(3);
        for (int step = 0; step < length; step++) {
            Actor from = x;
            Actor y = pick(candidatesOf(from, solution), random);
            if (y == null
                    || matched(slots, from, y)
                    || assignments.stream().anyMatch(a -> a.first() == y || a.second() == y)) {
                break;
            }
            if (count[y.getIndex()] < y.getMaxMatches()) {
                List<MatchSlot> unused = slots.stream()
                        .filter(slot -> !slot.isMatch() && !touched.contains(slot))
                        .toList();
                if (!unused.isEmpty()) {
                    assignments.add(new RepairMove.Assignment(unused.get(random.nextInt(unused.size())), from, y));
                }
                break;
            }
            List<MatchSlot> ofY = slots.stream()
                    .filter(slot -> slot.isMatch()
                            && !touched.contains(slot)
                            && (slot.getFirst() == y || slot.getSecond() == y))
                    .toList();
            if (ofY.isEmpty()) {
                break;
            }
            MatchSlot dropped = ofY.get(random.nextInt(ofY.size()));
            Actor z = dropped.getFirst() == y ? dropped.getSecond() : dropped.getFirst();
            if (z == from) {
                break;
            }
            touched.add(dropped);
            assignments.add(new RepairMove.Assignment(dropped, from, y));
            x = z;
        }
        return assignments.isEmpty() ? null : new RepairMove(assignments);
    }

    private static boolean matched(List<MatchSlot> slots, Actor a, Actor b) {
        for (MatchSlot slot : slots) {
            if (slot.getFirst() == a && slot.getSecond() == b || slot.getFirst() == b && slot.getSecond() == a) {
                return true;
            }
        }
        return false;
    }

    private static Actor pick(List<Actor> list, Random random) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    /**
     * The actor's best eligible partners, computed once per actor and phase: one pass over the
     * actors with a bounded min-heap, because this runs for thousands of actors.
     */
    private List<Actor> candidatesOf(Actor actor, MatchingSolution solution) {
        List<Actor> list = candidates[actor.getIndex()];
        if (list == null) {
            MatchingWeights weights = solution.getConfiguration().toWeights();
            List<Actor> actors = solution.getActors();
            long[] scoreOf = new long[actors.size()];
            // Worst of the best first: (score, then higher index is worse).
            PriorityQueue<Integer> worstFirst = new PriorityQueue<>(
                    CANDIDATES + 1,
                    (i, j) -> scoreOf[i] != scoreOf[j] ? Long.compare(scoreOf[i], scoreOf[j]) : Integer.compare(j, i));
            for (Actor other : actors) {
                if (actor.canMeet(other)) {
                    int i = other.getIndex();
                    scoreOf[i] = weights.softScoreOf(actor, other);
                    if (worstFirst.size() < CANDIDATES) {
                        worstFirst.add(i);
                    } else if (scoreOf[i] > scoreOf[worstFirst.peek()]) {
                        worstFirst.poll();
                        worstFirst.add(i);
                    }
                }
            }
            Actor[] best = new Actor[worstFirst.size()];
            for (int k = best.length - 1; k >= 0; k--) {
                best[k] = actors.get(worstFirst.poll());
            }
            list = List.of(best);
            candidates[actor.getIndex()] = list;
        }
        return list;
    }
}
