package no.fellesgrunn.planner.scheduling;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import no.fellesgrunn.domain.actor.Sector;

/**
 * Counts the sectors at one table in one round, incrementally, for the "no sector holds more
 * than half of a table" rule. Its result is the dominance: how many half seats the largest sector
 * holds beyond half the table (2 * largest - seated), 0 when no sector has more than half.
 */
final class SectorMix {
    private final int[] counts = new int[Sector.values().length];
    private int seated;

    /** A constraint collector that folds seats into a SectorMix and yields its dominance. */
    static UniConstraintCollector<Seat, SectorMix, Integer> collector() {
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
            public Function<SectorMix, Integer> finisher() {
                return SectorMix::dominance;
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
