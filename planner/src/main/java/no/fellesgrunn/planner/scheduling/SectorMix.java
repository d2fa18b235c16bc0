package no.fellesgrunn.planner.scheduling;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import no.fellesgrunn.domain.actor.Sector;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Counts the people and their sectors at one table in one round, incrementally. Its result, a
 * {@link Fill}, serves the capacity, even-fill and sector-balance rules from one Bavet node.
 */
final class SectorMix {
    /**
     * @param seated    people at the table
     * @param dominance half seats the largest sector holds beyond half the table
     *                  (2 * largest - seated), 0 when no sector has more than half
     */
    record Fill(int seated, int dominance) {}

    private final int[] counts = new int[Sector.values().length];
    private int seated;

    /** A constraint collector that folds seats into a SectorMix and yields its fill. */
    static UniConstraintCollector<Seat, SectorMix, Fill> collector() {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<SectorMix> supplier() {
                return SectorMix::new;
            }

            @Override
            public BiFunction<SectorMix, Seat, Runnable> accumulator() {
                return (mix, seat) -> {
                    Sector sector = seat.getParticipant().getSector();
                    mix.add(sector, 1);
                    return () -> mix.add(sector, -1);
                };
            }

            @Override
            public Function<SectorMix, Fill> finisher() {
                return mix -> new Fill(mix.seated, mix.dominance());
            }
        };
    }

    private void add(Sector sector, int delta) {
        seated += delta;
        if (sector != null) {
            counts[sector.ordinal()] += delta;
        }
    }

    int dominance() {
        int largest = 0;
        for (int count : counts) {
            largest = Math.max(largest, count);
        }
        return Math.max(0, 2 * largest - seated);
    }
}
