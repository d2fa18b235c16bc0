package no.fellesgrunn.loadtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchPublication;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.infra.account.JdbcUserAccountRepository;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.participant.JdbcCalendarSubscriptions;
import no.fellesgrunn.infra.plan.JdbcMatchReviewRepository;
import no.fellesgrunn.infra.plan.JdbcPlanRepository;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The seeding step of the load test: an event morning of some size in the database the running
 * application uses, written through the application's own demo-data generator and repositories.
 * On a database that the application has migrated and started on without demo data
 * ({@code --fellesgrunn.demo-data=false}): the generated Bodø event with {@code participants}
 * registered people (and the smaller Agder event), a login for every registered participant and
 * for one Bodø organiser, all with one password, a published plan that seats everyone available
 * in every round at full tables, published matches (each person with two others) and a private
 * calendar address per participant. Run again, it adds only what is missing and gives every
 * participant a new calendar address (only a hash of it is stored).
 */
final class LoadSeed {
    static final String PASSWORD = "last-test-passord-2027";
    private static final String BY = "load test";

    record User(String username, String calendarToken) { }

    record Seeded(UUID eventId, String organiser, List<User> participants, int seatsPerVersion) { }

    static Seeded seed(String url, String user, String password, int participants) {
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        new DemoDataLoader(dataSource).loadIfEmpty(new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(participants));
        JdbcRegionalEventRepository events = new JdbcRegionalEventRepository(dataSource);
        JdbcActorRepository actors = new JdbcActorRepository(dataSource);
        JdbcUserAccountRepository accounts = new JdbcUserAccountRepository(dataSource);
        JdbcRegistrationRepository registrations = new JdbcRegistrationRepository(dataSource);
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow(() -> new IllegalStateException(
                "No Bodø event: start the application once on this database with --fellesgrunn.demo-data=false"));
        Set<UUID> organiserIds = new HashSet<>(bodo.organisers());
        List<Registration> registered = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> !organiserIds.contains(r.actorId())).sorted(Comparator.comparing(Registration::actorId)).toList();
        if (registered.size() < participants) {
            throw new IllegalStateException("The Bodø event has " + registered.size() + " participants, the load test wants "
                    + participants + ": use an empty database, started with --fellesgrunn.demo-data=false");
        }
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        Actor organiserActor = actors.findByIds(bodo.organisers()).stream().min(Comparator.comparing(Actor::name)).orElseThrow();
        String organiser = login(accounts, actors, organiserActor, hash, Role.ORGANISER);

        List<Actor> people = actors.findByIds(registered.stream().map(Registration::actorId).toList()).stream()
                .sorted(Comparator.comparing(Actor::id)).toList();
        JdbcCalendarSubscriptions calendars = new JdbcCalendarSubscriptions(dataSource);
        List<User> users = new ArrayList<>();
        for (Actor person : people) {
            users.add(new User(login(accounts, actors, person, hash, Role.PARTICIPANT), calendars.renew(person.id())));
        }
        JdbcPlanRepository plans = new JdbcPlanRepository(dataSource);
        int seats = plans.findPublished(bodo.id()).map(v -> v.seats().size())
                .orElseGet(() -> publishPlanAndMatches(bodo, registered, plans, new JdbcMatchReviewRepository(dataSource)));
        return new Seeded(bodo.id(), organiser, users, seats);
    }

    /** The actor's login (made once, linked to the actor); returns the username. */
    private static String login(JdbcUserAccountRepository accounts, JdbcActorRepository actors, Actor actor, String hash,
                                Role role) {
        String username = actor.email().value();
        UserAccount account = accounts.findByUsername(username).orElseGet(() -> {
            UserAccount created = UserAccount.create(username, actor.name(), hash, Set.of(role));
            accounts.add(created);
            return created;
        });
        if (actor.userAccountId() == null) {
            actors.save(actor.withUserAccount(account.id()), BY);
        }
        return account.username();
    }

    /** Everyone available in a round sits at a full table in it, each round in another order. */
    private static int publishPlanAndMatches(RegionalEvent event, List<Registration> registered, JdbcPlanRepository plans,
                                             JdbcMatchReviewRepository reviews) {
        List<RoundTable> tables = event.rooms().stream().flatMap(r -> r.tables().stream()).toList();
        List<Seat> seats = new ArrayList<>();
        for (Round round : event.rounds()) {
            // Another order in every round (a hash of person and round), so tablemates change.
            List<Registration> here = registered.stream().filter(r -> r.availableRounds().contains(round.id()))
                    .sorted(Comparator.comparingInt(r -> java.util.Objects.hash(r.actorId(), round.id()))).toList();
            int table = 0;
            int taken = 0;
            for (int i = 0; i < here.size() && table < tables.size(); i++) {
                UUID challenge = event.challenges().isEmpty() ? null
                        : event.challenges().get(table % event.challenges().size()).challengeId();
                seats.add(new Seat(here.get(i).actorId(), round.id(), tables.get(table).id(), challenge, false));
                if (++taken == tables.get(table).capacity()) {
                    table++;
                    taken = 0;
                }
            }
        }
        Instant now = Instant.now();
        plans.save(PlanVersion.draft(event.id(), 1, "solver", now, null, seats).publish("organiser", now), BY);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i + 1 < registered.size(); i++) {
            matches.add(Match.of(event.id(), registered.get(i).actorId(), registered.get(i + 1).actorId(), 0.8, List.of(),
                    List.of("load test"), now));
        }
        plans.replaceMatches(event.id(), matches);
        reviews.publish(new MatchPublication(event.id(), "organiser", now, matches.size()));
        return seats.size();
    }

    private LoadSeed() {
    }
}
