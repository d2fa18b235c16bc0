package no.fellesgrunn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchPublication;
import no.fellesgrunn.domain.plan.MatchReviewRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
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
    private static final List<Class<? extends Component>> ROUTES = new Routes()
            .autoDiscoverViews("no.fellesgrunn.web").getRoutes().stream()
                    .filter(view -> view.isAnnotationPresent(Route.class))
                    .toList();

    enum Who {
        ANONYMOUS,
        PARTICIPANT,
        ORGANISER,
        ADMIN
    }

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

    @Autowired
    RecipientLanguages recipients;

    private static Fixture fixture;

    private record Fixture(
            String organiser, UserAccount participant, Map<String, String> ids, List<String> typedTexts) {}

    private static Map<String, List<Who>> openedBy() {
        Map<String, List<Who>> routes = new LinkedHashMap<>();
        for (String open : List.of("login", "accessibility", "privacy", "invitation/:token")) {
            routes.put(open, List.of(Who.ANONYMOUS, Who.PARTICIPANT));
        }
        routes.put("admin", List.of(Who.ADMIN));
        routes.put("outbox", List.of(Who.ADMIN));
        for (String mine : List.of(
                "me",
                "me/profile",
                "me/matches",
                "me/schedule",
                "me/schedule/print",
                "me/data",
                "me/chats",
                "me/chats/new",
                "me/chats/:chatId",
                "me/tables",
                "me/commitments",
                "me/partners")) {
            routes.put(mine, List.of(Who.PARTICIPANT));
        }
        for (String page : List.of(
                "details",
                "challenges",
                "participants",
                "dashboard",
                "matching",
                "seating",
                "outputs",
                "checkin",
                "mail")) {
            routes.put("organiser/events/:eventId/" + page, List.of(Who.ORGANISER));
        }
        routes.put("organiser", List.of(Who.ORGANISER));
        routes.put("organiser/follow-up", List.of(Who.ORGANISER));
        routes.put("municipality/follow-up", List.of(Who.PARTICIPANT));
        routes.put("tables/:eventId/:roundId/:tableId", List.of(Who.PARTICIPANT, Who.ORGANISER));
        return routes;
    }

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        String organiser =
                SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly();
        loginAs(organiser, "Organiser", Role.ORGANISER);
        // A real matching run and a real seating run, both published, so reasons and plans show.
        matchingJobs.start(bodo.id(), 3);
        assertThat(SolvingTestSupport.awaitEnd(() -> matchingJobs.status(bodo.id()))
                        .status())
                .isEqualTo(JobStatus.FINISHED);
        List<Match> matches = plans.findMatches(bodo.id());
        assertThat(matches).isNotEmpty();
        Instant now = Instant.now();
        reviews.publish(new MatchPublication(bodo.id(), organiser, now, matches.size()));
        schedulingJobs.start(bodo.id());
        assertThat(SolvingTestSupport.awaitEnd(() -> schedulingJobs.status(bodo.id()))
                        .status())
                .isEqualTo(JobStatus.FINISHED);
        var draft = plans.findLatest(bodo.id()).orElseThrow();
        plans.save(draft.publish(organiser, now), organiser);
        var published = plans.findPublished(bodo.id()).orElseThrow();

        // The participant has matches, a seat and a coffee-chat invitation from another participant.
        Set<UUID> matched = matches.stream()
                .flatMap(m -> java.util.stream.Stream.of(m.actorA(), m.actorB()))
                .collect(Collectors.toSet());
        List<UserAccount> people = accounts.findByRole(Role.PARTICIPANT).stream()
                .filter(a -> actors.findByUserAccount(a.id())
                        .filter(actor -> matched.contains(actor.id()))
                        .isPresent())
                .sorted(Comparator.comparing(UserAccount::username))
                .limit(2)
                .toList();
        UserAccount participant = people.get(0);
        Actor invitee = actors.findByUserAccount(participant.id()).orElseThrow();
        Actor inviting = actors.findByUserAccount(people.get(1).id()).orElseThrow();
        CoffeeChat chat = chats.save(
                CoffeeChat.propose(
                        null,
                        inviting.id(),
                        invitee.id(),
                        reference.themes().get(0).key(),
                        "Skal vi ta en kaffe om dette?"),
                "test");
        var seat = published.seats().stream()
                .filter(s -> s.actorId().equals(invitee.id()))
                .findFirst()
                .orElse(published.seats().get(0));
        Map<String, String> ids = Map.of(
                "eventId",
                bodo.id().toString(),
                "chatId",
                chat.id().toString(),
                "token",
                "no-such-token",
                "roundId",
                seat.roundId().toString(),
                "tableId",
                seat.tableId().toString());
        fixture = new Fixture(organiser, participant, ids, LanguageChecks.typedTexts(jdbc));
    }

    @Test
    void everyRouteIsOpenedByTheTest() {
        Set<String> routes = ROUTES.stream()
                .map(view -> view.getAnnotation(Route.class).value())
                .filter(route -> !route.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(OPENED_BY.keySet()))
                .as("routes this test does not open")
                .isEqualTo(routes);
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
                    List<String> texts = VisibleText.of(UI.getCurrent());
                    assertThat(texts).as(location + " shows nothing").hasSizeGreaterThan(3);
                    for (String text : texts) {
                        if (text.startsWith("{") && text.endsWith("}")) {
                            // "My data": the person's own data as JSON, machine-readable by design (GDPR art. 20).
                            continue;
                        }
                        LanguageChecks.problems(text, language, fixture.typedTexts()).stream()
                                .map(problem ->
                                        language.getLanguage() + " " + who + " " + route.getKey() + ": " + problem)
                                .forEach(problem -> found.add(problem + " in «" + text + "»"));
                    }
                }
            }
        }
        assertThat(found.stream().distinct().toList()).isEmpty();
    }

    @Test
    void theErrorPagesSpeakEveryLanguageAndHaveATitle() {
        RegionalEvent agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        List<String> found = new ArrayList<>();
        for (Locale language : FellesgrunnI18NProvider.LOCALES) {
            signIn(Who.ORGANISER, language);
            // Another organiser's event: the access-denied text of the event pages.
            List<String> denied = new ArrayList<>();
            try {
                UI.getCurrent().navigate("organiser/events/" + agder.id() + "/details");
                denied.addAll(VisibleText.of(UI.getCurrent()));
            } catch (RuntimeException | AssertionError notFound) {
                // Karibu reports the not-found page as an error; that page is checked below.
                assertThat(notFound).hasStackTraceContaining("NotFoundException");
            }
            no.fellesgrunn.web.about.NotFoundView notFound = new no.fellesgrunn.web.about.NotFoundView();
            no.fellesgrunn.web.base.ErrorView error = new no.fellesgrunn.web.base.ErrorView();
            error.setErrorParameter(
                    new com.vaadin.flow.router.BeforeEnterEvent(
                            UI.getCurrent().getInternals().getRouter(),
                            com.vaadin.flow.router.NavigationTrigger.PROGRAMMATIC,
                            new com.vaadin.flow.router.Location("organiser"),
                            no.fellesgrunn.web.base.ErrorView.class,
                            UI.getCurrent(),
                            List.of()),
                    new com.vaadin.flow.router.ErrorParameter<>(Exception.class, new IllegalStateException("a bug")));
            List<String> texts = new ArrayList<>(VisibleText.of(notFound));
            texts.addAll(VisibleText.of(error));
            assertThat(texts).hasSizeGreaterThan(2);
            texts.addAll(denied);
            texts.add(notFound.getPageTitle());
            texts.add(error.getPageTitle());
            assertThat(notFound.getPageTitle()).isNotBlank().isNotEqualTo(error.getPageTitle());
            for (String text : texts) {
                LanguageChecks.problems(text, language, fixture.typedTexts())
                        .forEach(problem ->
                                found.add(language.getLanguage() + " error pages: " + problem + " in «" + text + "»"));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aChosenLanguageGoesOntoTheAccountSoMailsFollowIt() {
        String username = fixture.participant().username();
        loginAs(username, "P", Role.PARTICIPANT);
        UI.getCurrent().navigate("me");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(LanguageSwitcher.class),
                FellesgrunnI18NProvider.NYNORSK);
        assertThat(accounts.preferredLanguage(username)).contains("nn");
        assertThat(recipients.of(username)).isEqualTo(FellesgrunnI18NProvider.NYNORSK);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(LanguageSwitcher.class),
                FellesgrunnI18NProvider.ENGLISH);
        assertThat(recipients.of(username)).isEqualTo(FellesgrunnI18NProvider.ENGLISH);
    }

    /**
     * Found by this test in views other helpers are rewriting at the same time (issue 10), reported
     * to the lead rather than edited here: the participants page's theme filter names themes in
     * bokmål for nynorsk readers (ParticipantsView.themeName picks nameEn or nameNb; the fix is
     * {@code ReferenceNames.theme(t, getLocale())}). Remove an entry once its view is fixed.
     */
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
