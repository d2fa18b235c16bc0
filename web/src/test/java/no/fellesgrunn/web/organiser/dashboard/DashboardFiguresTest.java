package no.fellesgrunn.web.organiser.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** Wish satisfaction and the SVG drawing, without a database. */
class DashboardFiguresTest {
    private final UUID event = UUID.randomUUID();
    private final UUID round1 = UUID.randomUUID();
    private final UUID round2 = UUID.randomUUID();
    private final UUID tableA = UUID.randomUUID();
    private final UUID tableB = UUID.randomUUID();
    private final UUID water = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();
    private final UUID loneliness = UUID.randomUUID();

    private Registration wishing(UUID actor, List<UUID> wishes) {
        return new Registration(
                UUID.randomUUID(),
                event,
                actor,
                Set.of(round1, round2),
                wishes,
                false,
                null,
                RegistrationStatus.REGISTERED,
                1);
    }

    @Test
    void eachParticipantWithWishesCountsOnceByTheBestWishTheyAreSeatedAt() {
        UUID kari = UUID.randomUUID(); // first wish in round 2: first
        UUID ola = UUID.randomUUID(); // seated at their second wish only: other
        UUID per = UUID.randomUUID(); // none of their wishes: none
        UUID lise = UUID.randomUUID(); // no wishes: not counted
        List<Registration> taking = List.of(
                wishing(kari, List.of(water, school)),
                wishing(ola, List.of(water, school)),
                wishing(per, List.of(loneliness)),
                wishing(lise, List.of()));
        List<Seat> seats = List.of(
                new Seat(kari, round1, tableA, school, false),
                new Seat(kari, round2, tableB, water, false),
                new Seat(ola, round1, tableB, school, false),
                new Seat(per, round1, tableA, school, false),
                new Seat(per, round2, tableB, water, false),
                new Seat(lise, round1, tableA, school, false));
        PlanVersion plan = PlanVersion.draft(event, 1, "test", Instant.now(), null, seats);

        ChartData chart = EventDashboard.wishSatisfaction(taking, plan);

        assertThat(chart.bars()).extracting(ChartData.Bar::value).containsExactly(1, 1, 1);
        assertThat(chart.total()).isEqualTo(3);
    }

    @Test
    void barsAreDrawnInProportionWithTheirNumbersAndEscapedLabels() {
        String svg = BarChartSvg.render(
                "Sektor <mix> & \"x\"",
                List.of(
                        new BarChartSvg.Bar("Kommune & fylke", 40),
                        new BarChartSvg.Bar("Næringsliv", 10),
                        new BarChartSvg.Bar("Ingen", 0)));
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("aria-label=\"Sektor &lt;mix&gt; &amp; &quot;x&quot;\"")
                .contains(">Kommune &amp; fylke<")
                .contains(">40<")
                .contains(">10<")
                .contains(">0<");
        // The longest bar gets the whole room (370 px), the others in proportion.
        assertThat(svg).contains("width=\"370\"").contains("width=\"93\"").contains("width=\"0\"");
    }
}
