package no.fellesgrunn.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.solver.SolvingTestSupport;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The authorization matrix as a test: every route of the application, opened by every kind of
 * visitor, with their own ids and with other people's ids. A route added without a row here fails
 * {@link #everyRouteHasARow()}, so the matrix cannot fall behind the application.
 *
 * <p>"Shown" means the route's own view is on screen with its content; "refused" means another
 * view (the sign-in page, the not-found page) or the view's own not-found text, and never the
 * secret marker of the data behind the id.
 */
class AuthorizationMatrixTest extends KaribuTest {

    /** Who opens the page. The organiser runs Bodø only; the other participant is not in the chat. */
    enum Who {
        ANONYMOUS,
        PARTICIPANT,
        OTHER_PARTICIPANT,
        ORGANISER,
        ADMIN
    }

    /** One route, the view it shows and who may see it with their own ids. */
    record Row(String template, Set<Who> allowed) {}

    private static final List<Class<? extends Component>> ROUTES = new Routes()
            .autoDiscoverViews("no.fellesgrunn.web").getRoutes().stream()
                    .filter(view -> view.isAnnotationPresent(Route.class))
                    .toList();

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> PARTICIPANTS = EnumSet.of(Who.PARTICIPANT, Who.OTHER_PARTICIPANT);

    private static final List<Row> MATRIX = List.of(
            // The start page only forwards each role to its own start page (RoleAccessTest says where).
            new Row("", EnumSet.noneOf(Who.class)),
            new Row("login", EVERYONE),
            new Row("accessibility", EVERYONE),
            new Row("privacy", EVERYONE),
            new Row("invitation/:token", EVERYONE),
            new Row("admin", EnumSet.of(Who.ADMIN)),
            new Row("outbox", EnumSet.of(Who.PARTICIPANT, Who.OTHER_PARTICIPANT, Who.ADMIN)),
            new Row("me", PARTICIPANTS),
            new Row("me/profile", PARTICIPANTS),
            new Row("me/matches", PARTICIPANTS),
            new Row("me/schedule", PARTICIPANTS),
            new Row("me/schedule/print", PARTICIPANTS),
            new Row("me/data", PARTICIPANTS),
            new Row("me/chats", PARTICIPANTS),
            new Row("me/chats/new", PARTICIPANTS),
            new Row("me/chats/:chatId", EnumSet.of(Who.PARTICIPANT)),
            new Row("organiser", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/events/:eventId/details", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/events/:eventId/challenges", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/events/:eventId/participants", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/events/:eventId/dashboard", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/events/:eventId/matching", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/events/:eventId/seating", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/events/:eventId/outputs", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/events/:eventId/checkin", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/events/:eventId/mail", EnumSet.of(Who.ORGANISER)),
            new Row("organiser/follow-up", EnumSet.of(Who.ORGANISER)),
            // Everyone signed in as participant or organiser opens it; only a municipality contact sees lines.
            new Row("municipality/follow-up", EnumSet.of(Who.PARTICIPANT, Who.OTHER_PARTICIPANT, Who.ORGANISER)),
            new Row("me/tables", PARTICIPANTS),
            new Row("me/commitments", PARTICIPANTS),
            new Row("me/partners", PARTICIPANTS),
            // A table's outcome: the people seated there and the event's organisers.
            new Row("tables/:eventId/:roundId/:tableId", EnumSet.of(Who.PARTICIPANT, Who.ORGANISER)));

    @Autowired
    RegionalEventRepository events;

    @Autowired
    ActorRepository actors;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoffeeChatRepository chatRepository;

    @Autowired
    ReferenceDataRepository themes;

    @Autowired
    no.fellesgrunn.domain.plan.PlanRepository plans;

    private static Fixture fixture;

    /** The people and ids the matrix uses, made once for the class. */
    private record Fixture(
            String organiser,
            UUID ownEvent,
            UUID foreignEvent,
            UUID ownRound,
            UUID ownTable,
            UUID foreignRound,
            UUID foreignTable,
            UserAccount participant,
            UserAccount otherParticipant,
            UserAccount inviter,
            UUID chatId,
            String chatSecret) {}

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        RegionalEvent agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        String organiser =
                SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly();
        List<UserAccount> people = accounts.findByRole(Role.PARTICIPANT).stream()
                .filter(a -> actors.findByUserAccount(a.id()).isPresent())
                .sorted(java.util.Comparator.comparing(UserAccount::username))
                .limit(3)
                .toList();
        UserAccount participant = people.get(0);
        UserAccount other = people.get(1);
        UserAccount inviter = people.get(2);
        Actor invitee = actors.findByUserAccount(participant.id()).orElseThrow();
        // The inviter has asked the participant for a coffee chat around a shared theme.
        String secret = "Matrisehemmelighet " + UUID.randomUUID();
        Actor inviting = actors.findByUserAccount(inviter.id()).orElseThrow();
        CoffeeChat chat = chatRepository.save(
                CoffeeChat.propose(
                        null,
                        inviting.id(),
                        invitee.id(),
                        themes.themes().get(0).key(),
                        secret),
                "test");
        // A published plan seats the participant (not the other one) at Bodø's first table in round 1.
        java.time.Instant now = java.time.Instant.now();
        plans.save(
                no.fellesgrunn.domain.plan.PlanVersion.draft(
                                bodo.id(),
                                1,
                                "solver",
                                now,
                                null,
                                List.of(new no.fellesgrunn.domain.plan.Seat(
                                        invitee.id(),
                                        bodo.rounds().get(0).id(),
                                        bodo.tables().findFirst().orElseThrow().id(),
                                        null,
                                        false)))
                        .publish("organiser", now),
                "organiser");
        fixture = new Fixture(
                organiser,
                bodo.id(),
                agder.id(),
                bodo.rounds().get(0).id(),
                bodo.tables().findFirst().orElseThrow().id(),
                agder.rounds().get(0).id(),
                agder.tables().findFirst().orElseThrow().id(),
                participant,
                other,
                inviter,
                chat.id(),
                secret);
    }

    @Test
    void everyRouteHasARow() {
        Set<String> routes = ROUTES.stream()
                .map(view -> view.getAnnotation(Route.class).value())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> rows = MATRIX.stream().map(Row::template).collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).as("routes without a row in the authorization matrix").isEqualTo(routes);
    }

    @Test
    void everyVisitorSeesExactlyTheRoutesTheirRowAllows() {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            signIn(who);
            for (Row row : MATRIX) {
                boolean shown = open(row.template(), ownIds());
                if (shown != row.allowed().contains(who)) {
                    wrong.add(who + " " + (shown ? "sees " : "is refused ") + row.template());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void otherPeoplesIdsAreRefusedAndRevealNothing() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> foreign = Map.of(
                "eventId",
                fixture.foreignEvent().toString(),
                "chatId",
                fixture.chatId().toString(),
                "token",
                "x",
                "roundId",
                fixture.foreignRound().toString(),
                "tableId",
                fixture.foreignTable().toString());
        Map<String, String> missing = Map.of(
                "eventId",
                UUID.randomUUID().toString(),
                "chatId",
                UUID.randomUUID().toString(),
                "token",
                "x",
                "roundId",
                UUID.randomUUID().toString(),
                "tableId",
                UUID.randomUUID().toString());
        for (Who who : List.of(Who.ORGANISER, Who.OTHER_PARTICIPANT, Who.ADMIN)) {
            signIn(who);
            for (Row row : MATRIX) {
                if (!row.template().contains(":") || row.template().contains(":token")) {
                    continue;
                }
                for (Map<String, String> ids : List.of(foreign, missing)) {
                    if (open(row.template(), ids)
                            || pageText().contains(fixture.chatSecret())
                            || pageText().contains(DemoDataGenerator.AGDER_EVENT)) {
                        wrong.add(who + " opens " + fill(row.template(), ids));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theChatsOwnParticipantSeesItsContent() {
        signIn(Who.PARTICIPANT);
        assertThat(open("me/chats/:chatId", ownIds())).isTrue();
        assertThat(pageText()).contains(fixture.chatSecret());
    }

    private Map<String, String> ownIds() {
        return Map.of(
                "eventId",
                fixture.ownEvent().toString(),
                "chatId",
                fixture.chatId().toString(),
                "token",
                "no-such-token",
                "roundId",
                fixture.ownRound().toString(),
                "tableId",
                fixture.ownTable().toString());
    }

    private void signIn(Who who) {
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
            case OTHER_PARTICIPANT -> loginAs(fixture.otherParticipant().username(), "O", Role.PARTICIPANT);
            case ORGANISER -> loginAs(fixture.organiser(), "Organiser", Role.ORGANISER);
            case ADMIN -> loginAs("matrix-admin@fellesgrunn.example", "Admin", Role.ADMIN);
        }
    }

    /** Opens the route with the given ids; true when its own view shows its content. */
    private boolean open(String template, Map<String, String> ids) {
        Class<? extends Component> target = ROUTES.stream()
                .filter(view -> view.getAnnotation(Route.class).value().equals(template))
                .findFirst()
                .orElseThrow();
        String location = fill(template, ids);
        // Leave the page first: Vaadin keeps a view when navigating to its own route.
        try {
            UI.getCurrent().navigate(template.equals("accessibility") ? "privacy" : "accessibility");
        } catch (RuntimeException | AssertionError earlierNotFound) {
            assertThat(earlierNotFound).hasStackTraceContaining("NotFoundException");
        }
        try {
            UI.getCurrent().navigate(location);
            Component view = (Component) UI.getCurrent().getCurrentView();
            return target.isInstance(view) && !showsNotFound(view);
        } catch (RuntimeException | AssertionError refused) {
            // Karibu reports the not-found page as an error where a browser shows the page.
            assertThat(refused).hasStackTraceContaining("NotFoundException");
            return false;
        }
    }

    private static boolean showsNotFound(Component view) {
        return view.getElement().getTextRecursively().isEmpty()
                || com.github.mvysny.kaributesting.v10.LocatorJ._find(view, Component.class).stream()
                        .anyMatch(c -> c.getId()
                                .filter(id -> id.endsWith("not-found") || id.endsWith("-denied"))
                                .isPresent());
    }

    private static String pageText() {
        Object view = UI.getCurrent().getCurrentView();
        return view == null ? "" : ((Component) view).getElement().getTextRecursively();
    }

    private static String fill(String template, Map<String, String> ids) {
        String location = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            location = location.replace(":" + id.getKey(), id.getValue());
        }
        return location;
    }
}
