package no.fellesgrunn.web.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens once the application is up against an empty database. A production installation
 * ({@code fellesgrunn.demo-data=false}) gets only its administrator. The demo gets the generated
 * events (Regional møteplass Bodø and Agder) and accounts for real people in them: two organisers
 * from the partnership and four participants registered in Bodø, so every demo login has a
 * profile, registrations and (later) matches and seats. The first organiser organises only Bodø,
 * so the demo also shows that an organiser sees only their own events.
 * <p>
 * Two nodes may start at the same moment on one empty database: the whole first start is one
 * transaction that begins by taking a PostgreSQL advisory lock ({@link #LOCK}), so the second node
 * waits, then finds the accounts and does nothing; a node that dies half-way leaves nothing behind.
 */
@Component
class FirstStart implements ApplicationRunner {
    static final int DEMO_PARTICIPANTS = 4;
    /** The advisory lock key of the first start (any constant; "FG first start" in ASCII, shortened). */
    static final long LOCK = 0x4647_6669_7273_74L;

    private final UserAccountRepository accounts;
    private final FirstStartAccounts firstStartAccounts;
    private final DemoDataLoader demoDataLoader;
    private final RegionalEventRepository events;
    private final ActorRepository actors;
    private final RegistrationRepository registrations;
    private final boolean demoData;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    FirstStart(
            UserAccountRepository accounts,
            FirstStartAccounts firstStartAccounts,
            DemoDataLoader demoDataLoader,
            RegionalEventRepository events,
            ActorRepository actors,
            RegistrationRepository registrations,
            DataSource dataSource,
            @Value("${fellesgrunn.demo-data:true}") boolean demoData) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.accounts = accounts;
        this.firstStartAccounts = firstStartAccounts;
        this.demoDataLoader = demoDataLoader;
        this.events = events;
        this.actors = actors;
        this.registrations = registrations;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            firstStart();
        });
    }

    private void firstStart() {
        if (accounts.count() > 0) {
            return;
        }
        if (!demoData) {
            firstStartAccounts.createIfEmpty(List.of(FirstStartAccounts.ADMIN));
            return;
        }
        demoDataLoader.loadIfEmpty();
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        List<Actor> organisers = byName(actors.findByIds(bodo.organisers())).subList(0, 2);
        Set<UUID> organiserIds = organisers.stream().map(Actor::id).collect(Collectors.toSet());
        List<Actor> registered = byName(actors.findByIds(registrations.findByEvent(bodo.id()).stream()
                .map(Registration::actorId)
                .filter(id -> !organiserIds.contains(id))
                .toList()));
        // Spread over the list, so the demo logins are different kinds of people, not four namesakes.
        List<Actor> participants = IntStream.range(0, DEMO_PARTICIPANTS)
                .mapToObj(i -> registered.get(i * registered.size() / DEMO_PARTICIPANTS))
                .toList();

        List<FirstStartAccounts.Person> people = new ArrayList<>();
        people.add(FirstStartAccounts.ADMIN);
        organisers.forEach(
                a -> people.add(new FirstStartAccounts.Person(a.email().value(), a.name(), Set.of(Role.ORGANISER))));
        participants.forEach(
                a -> people.add(new FirstStartAccounts.Person(a.email().value(), a.name(), Set.of(Role.PARTICIPANT))));

        Map<String, Actor> actorByEmail = Stream.concat(organisers.stream(), participants.stream())
                .collect(Collectors.toMap(a -> a.email().value(), Function.identity()));
        for (FirstStartAccounts.Created created : firstStartAccounts.createIfEmpty(people)) {
            Actor actor = actorByEmail.get(created.account().username());
            if (actor != null) {
                actors.save(actor.withUserAccount(created.account().id()), DemoDataLoader.EDITED_BY);
            }
        }
        events.findByName(DemoDataGenerator.AGDER_EVENT).ifPresent(agder -> {
            Set<UUID> others = new HashSet<>(agder.organisers());
            others.remove(organisers.get(0).id());
            events.save(agder.withOrganisers(others), DemoDataLoader.EDITED_BY);
        });
    }

    private static List<Actor> byName(List<Actor> list) {
        return list.stream().sorted(Comparator.comparing(Actor::name)).toList();
    }
}
