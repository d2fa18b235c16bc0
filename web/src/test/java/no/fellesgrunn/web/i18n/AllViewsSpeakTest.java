package no.fellesgrunn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.demo.DemoDataGenerator;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchPublication;
import no.fellesgrunn.domain.plan.MatchReviewRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.reference.ThemeVocabulary;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.solver.JobStatus;
import no.fellesgrunn.web.solver.MatchingJobs;
import no.fellesgrunn.web.solver.SchedulingJobs;
import no.fellesgrunn.web.solver.SolvingTestSupport;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 10's "one voice" check: every route of the application, opened by a person allowed to see
 * it, in bokmål, nynorsk and English, with the demo data after a matching run and a seating run
 * (both published) and a coffee chat. Fails on what a person should never read: a bundle key or a
 * missing key, a theme key, a UUID, an ISO or UTC timestamp, {@code null}, a county by its number,
 * in nynorsk a bokmål-only word or a bokmål theme name, in English a Norwegian theme name. Texts
 * people typed (stored in the database: names, titles, descriptions) are taken out before the
 * word checks, since those are written in whatever language their author chose.
 */
class AllViewsSpeakTest extends KaribuTest {
    private static final List<Class<? extends Component>> ROUTES = new Routes().autoDiscoverViews("no.fellesgrunn.web")
            .getRoutes().stream().filter(view -> view.isAnnotationPresent(Route.class)).toList();

    enum Who { ANONYMOUS, PARTICIPANT, ORGANISER, ADMIN }

    /** Who opens each route (one who may see it); "" only forwards each role to its start page. */
    private static final Map<String, List<Who>> OPENED_BY = openedBy();

    @Autowired
    RegionalEventRepository events;
    @Autowired
    ActorRepository actors;
    @Autowired
    OrganiserEvents organiserEvents;
    @Autowired
    UserDetailsService users;
    @Autowired
    CoffeeChatRepository chats;
    @Autowired
    ReferenceDataRepository reference;
    @Autowired
    PlanRepository plans;
    @Autowired
    MatchReviewRepository reviews;
    @Autowired
    MatchingJobs matchingJobs;
    @Autowired
    SchedulingJobs schedulingJobs;
    @Autowired
    JdbcTemplate jdbc;

    private static Fixture fixture;

    private record Fixture(String organiser, UserAccount participant, Map<String, String> ids, List<String> typedTexts) {
    }

    private static Map<String, List<Who>> openedBy() {
        Map<String, List<Who>> routes = new LinkedHashMap<>();
        for (String open : List.of("login", "accessibility", "privacy", "invitation/:token")) {
            routes.put(open, List.of(Who.ANONYMOUS, Who.PARTICIPANT));
        }
        routes.put("admin", List.of(Who.ADMIN));
        routes.put("outbox", List.of(Who.ADMIN));
        for (String mine : List.of("me", "me/profile", "me/matches", "me/schedule", "me/schedule/print", "me/data",
                "me/chats", "me/chats/new", "me/chats/:chatId", "me/tables", "me/commitments", "me/partners")) {
            routes.put(mine, List.of(Who.PARTICIPANT));
        }
        for (String page : List.of("details", "challenges", "participants", "dashboard", "matching", "seating", "outputs", "checkin")) {
            routes.put("organiser/events/:eventId/" + page, List.of(Who.ORGANISER));
        }
        routes.put("organiser", List.of(Who.ORGANISER));
        routes.put("organiser/follow-up", List.of(Who.ORGANISER));
        routes.put("tables/:eventId/:roundId/:tableId", List.of(Who.PARTICIPANT, Who.ORGANISER));
        return routes;
    }

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        String organiser = SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly();
        loginAs(organiser, "Organiser", Role.ORGANISER);
        // A real matching run and a real seating run, both published, so reasons and plans show.
        matchingJobs.start(bodo.id(), 3);
        assertThat(SolvingTestSupport.awaitEnd(() -> matchingJobs.status(bodo.id())).status()).isEqualTo(JobStatus.FINISHED);
        List<Match> matches = plans.findMatches(bodo.id());
        assertThat(matches).isNotEmpty();
        Instant now = Instant.now();
        reviews.publish(new MatchPublication(bodo.id(), organiser, now, matches.size()));
        schedulingJobs.start(bodo.id());
        assertThat(SolvingTestSupport.awaitEnd(() -> schedulingJobs.status(bodo.id())).status()).isEqualTo(JobStatus.FINISHED);
        var draft = plans.findLatest(bodo.id()).orElseThrow();
        plans.save(draft.publish(organiser, now), organiser);
        var published = plans.findPublished(bodo.id()).orElseThrow();

        // The participant has matches, a seat and a coffee-chat invitation from another participant.
        Set<UUID> matched = matches.stream().flatMap(m -> java.util.stream.Stream.of(m.actorA(), m.actorB())).collect(Collectors.toSet());
        List<UserAccount> people = accounts.findByRole(Role.PARTICIPANT).stream()
                .filter(a -> actors.findByUserAccount(a.id()).filter(actor -> matched.contains(actor.id())).isPresent())
                .sorted(Comparator.comparing(UserAccount::username)).limit(2).toList();
        UserAccount participant = people.get(0);
        Actor invitee = actors.findByUserAccount(participant.id()).orElseThrow();
        Actor inviting = actors.findByUserAccount(people.get(1).id()).orElseThrow();
        CoffeeChat chat = chats.save(CoffeeChat.propose(null, inviting.id(), invitee.id(),
                reference.themes().get(0).key(), "Skal vi ta en kaffe om dette?"), "test");
        var seat = published.seats().stream().filter(s -> s.actorId().equals(invitee.id())).findFirst()
                .orElse(published.seats().get(0));
        Map<String, String> ids = Map.of("eventId", bodo.id().toString(), "chatId", chat.id().toString(),
                "token", "no-such-token", "roundId", seat.roundId().toString(), "tableId", seat.tableId().toString());
        fixture = new Fixture(organiser, participant, ids, typedTexts());
    }

    /** Every text stored by people or the demo generator, outside the reference data. */
    private List<String> typedTexts() {
        Set<String> texts = new HashSet<>();
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from information_schema.columns "
                + "where table_schema = current_schema() and data_type in ('text', 'character varying') "
                + "and table_name not in ('theme', 'county', 'municipality', 'sdg_goal', 'flyway_schema_history')");
        for (Map<String, Object> column : columns) {
            texts.addAll(jdbc.queryForList("select distinct \"" + column.get("column_name") + "\" from \""
                    + column.get("table_name") + "\" where \"" + column.get("column_name") + "\" is not null limit 5000", String.class));
        }
        return texts.stream().filter(text -> text.length() >= 3).sorted(Comparator.comparing(String::length).reversed()).toList();
    }

    @Test
    void everyRouteIsOpenedByTheTest() {
        Set<String> routes = ROUTES.stream().map(view -> view.getAnnotation(Route.class).value())
                .filter(route -> !route.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(OPENED_BY.keySet())).as("routes this test does not open").isEqualTo(routes);
    }

    @Test
    void everyViewSpeaksTheReadersLanguageOnly() {
        List<String> found = new ArrayList<>();
        for (Locale language : FellesgrunnI18NProvider.LOCALES) {
            for (Who who : Who.values()) {
                signIn(who, language);
                for (Map.Entry<String, List<Who>> route : OPENED_BY.entrySet()) {
                    if (!route.getValue().contains(who)) {
                        continue;
                    }
                    String location = fill(route.getKey());
                    UI.getCurrent().navigate(location);
                    MockVaadin.clientRoundtrip();
                    assertThat(UI.getCurrent().getLocale()).isEqualTo(language);
                    for (String text : VisibleText.of(UI.getCurrent())) {
                        problems(text, language).forEach(problem ->
                                found.add(language.getLanguage() + " " + who + " " + route.getKey() + ": " + problem + " in «" + text + "»"));
                    }
                }
            }
        }
        assertThat(found.stream().distinct().toList()).isEmpty();
    }

    private List<String> problems(String text, Locale language) {
        List<String> problems = new ArrayList<>();
        for (VisibleText.Rule rule : VisibleText.NEVER) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.find()) {
                problems.add(rule.what() + " «" + matcher.group() + "»");
            }
        }
        for (String token : TOKEN.matcher(text).results().map(r -> r.group()).toList()) {
            if (KEYS.stream().anyMatch(key -> token.equals(key) || token.startsWith(key + "."))) {
                problems.add("a message key «" + token + "»");
            }
            if (THEME_KEYS.contains(token)) {
                problems.add("a theme key «" + token + "»");
            }
        }
        if (language.equals(FellesgrunnI18NProvider.BOKMAL)) {
            return problems;
        }
        String words = withoutTypedTexts(text);
        if (language.equals(FellesgrunnI18NProvider.NYNORSK)) {
            Matcher bokmal = MessageBundlesTest.BOKMAL_ONLY.matcher(words);
            while (bokmal.find()) {
                problems.add("the bokmål word «" + bokmal.group() + "»");
            }
        }
        for (Theme theme : ThemeVocabulary.curatedThemes()) {
            String wanted = ReferenceNames.theme(theme, language);
            if (!theme.nameNb().equalsIgnoreCase(wanted)
                    && Pattern.compile("(?i)(?<!\\p{L})" + Pattern.quote(theme.nameNb()) + "(?!\\p{L})").matcher(words).find()) {
                problems.add("the bokmål theme name «" + theme.nameNb() + "»");
            }
        }
        return problems;
    }

    private String withoutTypedTexts(String text) {
        String words = text;
        for (String typed : fixture.typedTexts()) {
            if (words.contains(typed)) {
                words = words.replace(typed, " ");
            }
        }
        return words;
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]");
    private static final Set<String> KEYS = MessageBundlesTest.allKeys();
    private static final Set<String> THEME_KEYS = ThemeVocabulary.curatedThemes().stream()
            .filter(theme -> !theme.key().equals(theme.nameNb().toLowerCase(Locale.ROOT)))
            .map(Theme::key).collect(Collectors.toSet());

    private void signIn(Who who, Locale language) {
        UI.getCurrent().navigate("login");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        switch (who) {
            case ANONYMOUS -> {
                com.github.mvysny.fakeservlet.FakeRequest request = (com.github.mvysny.fakeservlet.FakeRequest)
                        com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
                request.setUserPrincipalInt(null);
                request.setUserInRole((principal, role) -> false);
            }
            case PARTICIPANT -> loginAs(fixture.participant().username(), "P", Role.PARTICIPANT);
            case ORGANISER -> loginAs(fixture.organiser(), "Organiser", Role.ORGANISER);
            case ADMIN -> loginAs("speak-admin@fellesgrunn.example", "Admin", Role.ADMIN);
        }
        LanguageChoice.choose(UI.getCurrent(), language);
        // The layout around the views was made in the language before: a new page makes it again.
        UI.getCurrent().getPage().reload();
    }

    private static String fill(String template) {
        String location = template;
        for (Map.Entry<String, String> id : fixture.ids().entrySet()) {
            location = location.replace(":" + id.getKey(), id.getValue());
        }
        return location;
    }
}
