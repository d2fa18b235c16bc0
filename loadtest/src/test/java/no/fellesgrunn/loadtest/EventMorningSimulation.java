package no.fellesgrunn.loadtest;

import static io.gatling.javaapi.core.CoreDsl.DenyList;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The morning of a 300-person event (issue 16): participants sign in over {@code LOAD_RAMP}
 * seconds, open their overview, matches and schedule, their calendar feed is fetched, and then
 * they reload the schedule {@code LOAD_RELOADS} times, every 1–3 s; meanwhile organisers open the
 * seating board and the participant grid of the same event again and again. All against a running
 * application (the production jar) on the database that is seeded first ({@link LoadSeed}).
 * <p>
 * Settings (environment variables, or system properties of the same name): {@code LOAD_BASE_URL}
 * (http://127.0.0.1:8080), {@code LOAD_DB_URL}, {@code LOAD_DB_USER}, {@code LOAD_DB_PASSWORD},
 * {@code LOAD_EVENT_SIZE} (participants generated for the event, 320), {@code LOAD_PARTICIPANTS}
 * (how many of them sign in, 300), {@code LOAD_RAMP} (60), {@code LOAD_RELOADS} (20),
 * {@code LOAD_ORGANISERS} (2), {@code LOAD_ORGANISER_VIEWS} (10), {@code LOAD_SERVER_PID} (the
 * application's process id, for its CPU time and heap; without it those are not measured).
 * Prints p50/p95/p99 per page view, errors, page views per second, server CPU per page view and
 * heap per signed-in session. Bounded: every virtual user does a fixed number of steps.
 */
public class EventMorningSimulation extends Simulation {
    private final int participants = Integer.parseInt(setting("LOAD_PARTICIPANTS", "300"));
    private final int ramp = Integer.parseInt(setting("LOAD_RAMP", "60"));
    private final int reloads = Integer.parseInt(setting("LOAD_RELOADS", "20"));
    private final int organisers = Integer.parseInt(setting("LOAD_ORGANISERS", "2"));
    private final int organiserViews = Integer.parseInt(setting("LOAD_ORGANISER_VIEWS", "10"));
    private final String pid = setting("LOAD_SERVER_PID", "");
    private final LoadSeed.Seeded seeded = LoadSeed.seed(setting("LOAD_DB_URL", "jdbc:postgresql://127.0.0.1:5432/fellesgrunn_load"),
            setting("LOAD_DB_USER", "postgres"), setting("LOAD_DB_PASSWORD", ""),
            Integer.parseInt(setting("LOAD_EVENT_SIZE", "320")));
    private ServerProbe probe;
    private double cpuBefore;
    private long heapBefore;

    {
        HttpProtocolBuilder protocol = http.baseUrl(setting("LOAD_BASE_URL", "http://127.0.0.1:8080"))
                // The script bundle and theme the pages name, fetched once per virtual user and then cached, as a
                // browser does. Not the empty theme's "VAADIN/themes//styles.css", which every page names and which
                // answers 404 (no theme is set; see docs/performance.md).
                .inferHtmlResources(DenyList(".*styles\\.css.*")).acceptLanguageHeader("nb-NO,nb;q=0.9")
                .userAgentHeader("Mozilla/5.0 (Linux; Android 14) Fellesgrunn load test");
        String board = "organiser/events/" + seeded.eventId() + "/seating";
        String grid = "organiser/events/" + seeded.eventId() + "/participants";

        ScenarioBuilder participant = scenario("participants").exec(feed(participantFeeder()),
                VaadinPages.signIn("1 participant sign-in"),
                VaadinPages.open("2 overview (page load)", "me", "home-steps"), pause(),
                VaadinPages.navigate("3 matches (navigation)", "me/matches", "participant-page-title"), pause(),
                VaadinPages.navigate("4 schedule (navigation)", "me/schedule", "schedule-round"),
                PageTimes.timed("5 .ics feed", exec(http("5 .ics feed").get("/calendar/#{calendarToken}.ics")
                        .check(status().is(200), substring("BEGIN:VCALENDAR")))),
                repeat(reloads).on(exec(pause(), VaadinPages.leave(),
                        VaadinPages.open("6 schedule reload (page load)", "me/schedule", "schedule-round"))));
        ScenarioBuilder organiser = scenario("organisers").exec(
                exec(session -> session.set("username", seeded.organiser())),
                VaadinPages.signIn("7 organiser sign-in"),
                repeat(organiserViews).on(exec(
                        VaadinPages.open("8 seating board, " + seeded.seatsPerVersion() + " seats (page load)", board,
                                "table-"),
                        pause(), VaadinPages.navigate("9 participant grid (navigation)", grid, "participants-"), pause(),
                        VaadinPages.leave())));
        setUp(participant.injectOpen(rampUsers(participants).during(Duration.ofSeconds(ramp))),
                organiser.injectOpen(nothingFor(Duration.ofSeconds(ramp / 2)), atOnceUsers(organisers)))
                .protocols(protocol);
    }

    private static io.gatling.javaapi.core.ChainBuilder pause() {
        return exec(io.gatling.javaapi.core.CoreDsl.pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));
    }

    private Iterator<Map<String, Object>> participantFeeder() {
        List<LoadSeed.User> users = seeded.participants();
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                LoadSeed.User user = users.get(next.getAndIncrement() % users.size());
                return Map.of("username", user.username(), "calendarToken", user.calendarToken());
            }
        };
    }

    @Override
    public void before() {
        System.out.printf("Seeded: Bodø event %s, %d participants with a login, a published plan of %d seats; "
                + "%d sign in over %d s, %d schedule reloads each; %d organisers%n", seeded.eventId(),
                seeded.participants().size(), seeded.seatsPerVersion(), participants, ramp, reloads, organisers);
        if (!pid.isBlank()) {
            probe = new ServerProbe(Long.parseLong(pid));
            heapBefore = probe.heapAfterGcKb();
            cpuBefore = probe.cpuSeconds();
        }
    }

    @Override
    public void after() {
        StringBuilder out = new StringBuilder("\n==== Fellesgrunn event morning: page views ====\n").append(PageTimes.report());
        if (probe != null) {
            double cpu = probe.cpuSeconds() - cpuBefore;
            long heapAfter = probe.heapAfterGcKb();
            int views = PageTimes.pageViews();
            out.append(String.format(Locale.ROOT, "server CPU: %.1f s in %.1f s (%.2f of 2 cores' worth per s), %.1f ms CPU per page view%n",
                    cpu, PageTimes.seconds(), cpu / Math.max(1, PageTimes.seconds()), views == 0 ? 0 : cpu * 1000 / views));
            out.append(String.format(Locale.ROOT, "server heap after full GC: %d KB before, %d KB after, with %d signed-in "
                    + "sessions (one open UI each): %d KB per session%n", heapBefore, heapAfter, participants + organisers,
                    (heapAfter - heapBefore) / (participants + organisers)));
        }
        System.out.println(out);
    }

    static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
