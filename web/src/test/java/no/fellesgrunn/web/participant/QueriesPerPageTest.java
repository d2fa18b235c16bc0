package no.fellesgrunn.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.web.calendar.CalendarFeedController;
import no.fellesgrunn.web.calendar.CalendarSubscription;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * How many times a participant page borrows a database connection and how many SQL statements it
 * runs, counted by {@link QueryCounter} around the application's real DataSource, with a plan of
 * some size: the demo's participants seated at full tables in every round of the Bodø event, in
 * three published versions. Prints the figures; the bounds are what the code meets with a small
 * margin, so a page that starts to query seat by seat again fails here.
 */
@Import(QueryCounter.Config.class)
class QueriesPerPageTest extends KaribuTest {
    private static final int PER_TABLE = 6;

    @Autowired
    ActorRepository actors;

    @Autowired
    PlanRepository plans;

    @Autowired
    CalendarSubscription subscription;

    @Autowired
    CalendarFeedController feed;

    @Autowired
    ScheduleReader reader;

    @Autowired
    no.fellesgrunn.web.organiser.OrganiserEvents organiserEvents;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void participantPagesQueryTheDatabaseAFewTimesNotOncePerSeat() {
        ParticipantFixture fixture = ParticipantFixture.create(context);
        int seats = publishAFullPlan(fixture);
        loginAs(fixture.a1().username(), fixture.a1().displayName(), Role.PARTICIPANT);
        String token = URI.create(subscription.renew())
                .getPath()
                .replaceFirst(".*/calendar/", "")
                .replace(".ics", "");

        int[] overview = measure(() -> UI.getCurrent().navigate(ParticipantHomeView.class));
        UI.getCurrent().navigate("login");
        loginAs(fixture.a1().username(), fixture.a1().displayName(), Role.PARTICIPANT);
        int[] schedule = measure(() -> UI.getCurrent().navigate(ScheduleView.class));
        assertThat(pageText()).contains(fixture.p2().name());
        int[] ics = measure(
                () -> assertThat(feed.feed(token).getStatusCode().value()).isEqualTo(200));
        // The second render of the same schedule (a reload) must not cost more than the first.
        UI.getCurrent().navigate("login");
        loginAs(fixture.a1().username(), fixture.a1().displayName(), Role.PARTICIPANT);
        int[] reload = measure(() -> UI.getCurrent().navigate(ScheduleView.class));

        // Published versions are cached, but a new publication is seen at once, with p1 moved.
        EventSchedule before =
                reader.scheduleOf(fixture.p1().id(), fixture.bodo().id()).orElseThrow();
        assertThat(before.planNumber()).isEqualTo(3);
        PlanVersion third = plans.findPublished(fixture.bodo().id()).orElseThrow();
        List<RoundTable> all = fixture.bodo().rooms().stream()
                .flatMap(r -> r.tables().stream())
                .toList();
        RoundTable last = all.get(all.size() - 1);
        List<Seat> moved = third.seats().stream()
                .map(seat -> seat.actorId().equals(fixture.p1().id())
                                && seat.roundId()
                                        .equals(fixture.bodo().rounds().get(0).id())
                        ? new Seat(seat.actorId(), seat.roundId(), last.id(), null, false)
                        : seat)
                .toList();
        Instant later = Instant.now().plusSeconds(300);
        plans.save(
                PlanVersion.draft(fixture.bodo().id(), 4, "solver", later, null, moved)
                        .publish("organiser", later),
                "organiser");
        EventSchedule after =
                reader.scheduleOf(fixture.p1().id(), fixture.bodo().id()).orElseThrow();
        assertThat(after.planNumber()).isEqualTo(4);
        assertThat(after.changedSincePrevious()).isTrue();
        assertThat(after.rows().get(0).table()).isEqualTo(last.label());
        assertThat(after.rows().get(0).changed()).isTrue();

        // The organiser's seating board, with four published versions and a draft after them.
        plans.save(PlanVersion.draft(fixture.bodo().id(), 5, "organiser", later, null, moved), "organiser");
        UI.getCurrent().navigate("login");
        String organiser = no.fellesgrunn.web.solver.SolvingTestSupport.organisers(accounts, users, organiserEvents)
                .bodoOnly();
        loginAs(organiser, "Organiser", Role.ORGANISER);
        int[] board = measure(() ->
                UI.getCurrent().navigate("organiser/events/" + fixture.bodo().id() + "/seating"));
        assertThat(pageText()).contains(fixture.p2().name());
        System.out.printf(
                "queries per page (plan of %d seats per version): participant overview %d connection borrows, "
                        + "%d statements; schedule page %d borrows, %d statements (reload %d, %d); .ics feed %d borrows, "
                        + "%d statements%n",
                seats, overview[0], overview[1], schedule[0], schedule[1], reload[0], reload[1], ics[0], ics[1]);
        System.out.printf(
                "queries per page: seating board (5 plan versions of %d seats) %d connection borrows, %d statements%n",
                seats, board[0], board[1]);
        // Before: overview 39, schedule 71, .ics 54 and seating board 128 borrows, one statement each
        // (docs/performance.md).
        assertThat(overview[0]).as("overview borrows").isLessThanOrEqualTo(22);
        assertThat(schedule[0]).as("schedule borrows").isLessThanOrEqualTo(13);
        assertThat(schedule[1]).as("schedule statements").isLessThanOrEqualTo(34);
        assertThat(reload[0]).as("schedule reload borrows").isLessThanOrEqualTo(schedule[0]);
        assertThat(reload[1]).as("schedule reload statements").isLessThan(schedule[1]);
        assertThat(ics[0]).as(".ics borrows").isLessThanOrEqualTo(6);
        assertThat(ics[1]).as(".ics statements").isLessThanOrEqualTo(21);
        assertThat(board[1]).as("seating board statements").isLessThanOrEqualTo(85);
    }

    private static String pageText() {
        return ((com.vaadin.flow.component.Component) UI.getCurrent().getCurrentView())
                .getElement()
                .getTextRecursively();
    }

    private static int[] measure(Runnable page) {
        QueryCounter.reset();
        page.run();
        if (Boolean.getBoolean("queries.show")) {
            QueryCounter.statementsRun().forEach((sql, n) -> System.out.println(n + " x " + sql));
        }
        return new int[] {QueryCounter.borrows(), QueryCounter.statements()};
    }

    /** Version 3: everyone at full tables in every round; p1 keeps p2 as tablemate in round 1. */
    private int publishAFullPlan(ParticipantFixture fixture) {
        List<UUID> people =
                new ArrayList<>(List.of(fixture.p1().id(), fixture.p2().id()));
        actors.findAll().stream()
                .map(Actor::id)
                .filter(id -> !people.contains(id))
                .limit(58)
                .forEach(people::add);
        List<RoundTable> tables = fixture.bodo().rooms().stream()
                .flatMap(r -> r.tables().stream())
                .toList();
        List<Seat> seats = new ArrayList<>();
        int roundIndex = 0;
        for (Round round : fixture.bodo().rounds()) {
            for (int i = 0; i < people.size(); i++) {
                // Round 1 keeps the order (p1 with p2); later rounds rotate everyone but p1.
                int position = i == 0 || roundIndex == 0 ? i : 1 + (i - 1 + roundIndex * 7) % (people.size() - 1);
                int table = position / PER_TABLE;
                if (table >= tables.size()) {
                    continue;
                }
                seats.add(new Seat(people.get(i), round.id(), tables.get(table).id(), null, false));
            }
            roundIndex++;
        }
        Instant now = Instant.now().plusSeconds(120);
        plans.save(
                PlanVersion.draft(fixture.bodo().id(), 3, "solver", now, null, seats)
                        .publish("organiser", now),
                "organiser");
        return seats.size();
    }
}
