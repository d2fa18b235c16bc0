package no.fellesgrunn.infra.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.registration.ParticipantFilter;
import no.fellesgrunn.domain.registration.ParticipantListing;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast the organiser's participant grid pages through an event with 5,000 registrations: the
 * count and a 50-row page at the start, middle and end, unfiltered, searched and filtered. Prints
 * milliseconds per call (median of 5 after a warm-up). Run on purpose:
 * {@code ./mvnw -B -pl infra -am test -Dtest=ParticipantPagingBenchmark -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@PostgresTest
class ParticipantPagingBenchmark {
    private static final int PARTICIPANTS = 5_000;
    private final DataSource dataSource;

    ParticipantPagingBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void pageThroughFiveThousandRegistrations() {
        new DemoDataLoader(dataSource).loadIfEmpty(new DemoDataGenerator(11).generate(PARTICIPANTS));
        RegionalEvent bodo = new JdbcRegionalEventRepository(dataSource)
                .findByName(DemoDataGenerator.BODO_EVENT)
                .orElseThrow();
        JdbcRegistrationRepository registrations = new JdbcRegistrationRepository(dataSource);
        assertThat(registrations.countParticipants(bodo.id(), ParticipantFilter.ANY))
                .isEqualTo(PARTICIPANTS);

        ParticipantFilter search = new ParticipantFilter("han", null, null, null, null, null);
        ParticipantFilter filtered =
                new ParticipantFilter(null, null, Perspective.DRIVER, null, "1804", RegistrationStatus.REGISTERED);
        for (var entry : List.of(
                new Case("count, all", () -> registrations.countParticipants(bodo.id(), ParticipantFilter.ANY)),
                new Case("page 0, all", () -> registrations.findParticipants(bodo.id(), ParticipantFilter.ANY, 0, 50)),
                new Case(
                        "page 2500, all",
                        () -> registrations.findParticipants(bodo.id(), ParticipantFilter.ANY, 2500, 50)),
                new Case(
                        "page 4950, all",
                        () -> registrations.findParticipants(bodo.id(), ParticipantFilter.ANY, 4950, 50)),
                new Case("count, search 'han'", () -> registrations.countParticipants(bodo.id(), search)),
                new Case("page 0, search 'han'", () -> registrations.findParticipants(bodo.id(), search, 0, 50)),
                new Case("count, driver+Bodø+registered", () -> registrations.countParticipants(bodo.id(), filtered)),
                new Case(
                        "page 0, driver+Bodø+registered",
                        () -> registrations.findParticipants(bodo.id(), filtered, 0, 50)))) {
            entry.work().get();
            long[] times = new long[5];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                Object result = entry.work().get();
                times[i] = System.nanoTime() - start;
                if (result instanceof List<?> list) {
                    assertThat(list).hasSizeLessThanOrEqualTo(50);
                    list.forEach(x -> assertThat(x).isInstanceOf(ParticipantListing.class));
                }
            }
            java.util.Arrays.sort(times);
            System.out.printf("[ParticipantPagingBenchmark] %-34s %6.1f ms%n", entry.name(), times[2] / 1e6);
        }
    }

    private record Case(String name, Supplier<Object> work) {}
}
