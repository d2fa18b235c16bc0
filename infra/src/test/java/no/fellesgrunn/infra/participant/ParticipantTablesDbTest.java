package no.fellesgrunn.infra.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.coffeechat.ChatArrangement;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.NextStep;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.plan.ActorPair;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchAnswer;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.coffeechat.JdbcCoffeeChatRepository;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.plan.JdbcPlanRepository;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;

/** The participant workspace's own tables (V20) on real PostgreSQL. */
@PostgresTest
class ParticipantTablesDbTest {
    private final DataSource dataSource;
    private final JdbcActorRepository actors;
    private final List<Actor> people;

    ParticipantTablesDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        new DemoDataLoader(dataSource).loadIfEmpty();
        this.actors = new JdbcActorRepository(dataSource);
        this.people = actors.findAll();
    }

    @Test
    void aDeclineIsRememberedAsAPairEvenAfterTheMatchesAreReplaced() {
        JdbcPlanRepository plans = new JdbcPlanRepository(dataSource);
        JdbcMatchAnswerRepository answers = new JdbcMatchAnswerRepository(dataSource);
        Actor a = people.get(2);
        Actor b = people.get(3);
        Match match = Match.of(null, a.id(), b.id(), 0.8, List.of("ensomhet"), List.of("shared theme"), Instant.now());
        plans.replaceMatches(null, List.of(match));

        answers.answer(match, a.id(), MatchAnswer.ACCEPTED, Instant.now());
        assertThat(answers.answersOf(a.id())).containsEntry(match.id(), MatchAnswer.ACCEPTED);
        assertThat(answers.isDeclined(ActorPair.of(a.id(), b.id()))).isFalse();

        answers.answer(match, b.id(), MatchAnswer.DECLINED, Instant.now());
        assertThat(answers.answersTo(match.id()))
                .containsEntry(a.id(), MatchAnswer.ACCEPTED)
                .containsEntry(b.id(), MatchAnswer.DECLINED);
        assertThat(answers.isDeclined(ActorPair.of(b.id(), a.id()))).isTrue();

        plans.replaceMatches(null, List.of());
        assertThat(answers.answersOf(a.id())).isEmpty();
        assertThat(answers.declinedPairs()).contains(ActorPair.of(a.id(), b.id()));
    }

    @Test
    void aChatArrangementIsStoredAndReplaced() {
        JdbcCoffeeChatRepository chats = new JdbcCoffeeChatRepository(dataSource);
        JdbcChatArrangementRepository arrangements = new JdbcChatArrangementRepository(dataSource);
        Actor kari = people.get(4);
        Actor ola = people.get(5);
        CoffeeChat chat = chats.save(CoffeeChat.propose(null, kari.id(), ola.id(), "ensomhet", "Pitch"), "kari");
        LocalDateTime monday = LocalDateTime.of(2027, 1, 4, 10, 0);
        LocalDateTime tuesday = LocalDateTime.of(2027, 1, 5, 13, 30);
        ChatArrangement proposal =
                ChatArrangement.propose(chat, kari.id(), List.of(monday, tuesday), "Stormen bibliotek", null);
        arrangements.save(proposal);
        assertThat(arrangements.findByChat(chat.id())).contains(proposal);

        ChatArrangement counter = proposal.counter(chat, ola.id(), List.of(tuesday.plusDays(1)), "Kafé Kjelleren");
        arrangements.save(counter);
        assertThat(arrangements.findByChat(chat.id())).contains(counter);

        CoffeeChat held = chats.save(
                chats.save(counter.accept(chat, kari.id(), tuesday.plusDays(1)), "kari")
                        .held(
                                "Felles tredje funnet",
                                List.of(NextStep.of("Ringe", kari.id(), LocalDate.of(2027, 2, 1))),
                                tuesday.plusDays(1).plusHours(1)),
                "kari");
        ChatArrangement confirmed = counter.confirm(held, ola.id()).confirm(held, kari.id());
        arrangements.save(confirmed);
        assertThat(arrangements.findByChat(chat.id()).orElseThrow().sharedUnderstanding(held))
                .isTrue();
    }

    @Test
    void tokensAreStoredHashedAndStopWorkingWhenRevokedOrRenewed() {
        JdbcCalendarSubscriptions calendars = new JdbcCalendarSubscriptions(dataSource);
        Actor a = people.get(6);
        String first = calendars.renew(a.id());
        assertThat(calendars.actorFor(first)).contains(a.id());
        String stored = new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject(
                        "select token_hash from calendar_subscription where actor_id = ?", String.class, a.id());
        assertThat(stored).isEqualTo(TokenHash.of(first)).doesNotContain(first);

        String second = calendars.renew(a.id());
        assertThat(calendars.actorFor(first)).isEmpty();
        assertThat(calendars.actorFor(second)).contains(a.id());
        calendars.revoke(a.id());
        assertThat(calendars.actorFor(second)).isEmpty();
        assertThat(calendars.exists(a.id())).isFalse();
        assertThat(calendars.actorFor("")).isEmpty();

        String old = calendars.renew(a.id());
        var sql = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        sql.update(
                "update calendar_subscription set created_at = now() - make_interval(days => ?) where actor_id = ?",
                JdbcCalendarSubscriptions.VALID_FOR_DAYS - 1,
                a.id());
        assertThat(calendars.actorFor(old)).contains(a.id());
        sql.update(
                "update calendar_subscription set created_at = now() - make_interval(days => ?) where actor_id = ?",
                JdbcCalendarSubscriptions.VALID_FOR_DAYS + 1,
                a.id());
        assertThat(calendars.actorFor(old)).as("an expired feed address").isEmpty();

        JdbcParticipantInvitations invitations = new JdbcParticipantInvitations(dataSource);
        String token = invitations.create(
                null, null, "Ny.Person@Example.no", Instant.now().plus(7, ChronoUnit.DAYS));
        assertThat(invitations.find(token).orElseThrow().email()).isEqualTo("ny.person@example.no");
        assertThat(invitations.find(token + "x")).isEmpty();
        assertThat(invitations.markUsed(token, Instant.now())).isTrue();
        assertThat(invitations.markUsed(token, Instant.now())).isFalse();
        assertThat(invitations.find(token).orElseThrow().usedAt()).isNotNull();
    }

    @Test
    void aParticipantWhoLeavesIsAnonymisedAndTheirSeatsAndMatchesReleased() {
        JdbcRegionalEventRepository events = new JdbcRegionalEventRepository(dataSource);
        JdbcRegistrationRepository registrations = new JdbcRegistrationRepository(dataSource);
        JdbcPlanRepository plans = new JdbcPlanRepository(dataSource);
        RegionalEvent event = events.findAll().get(0);
        var registration = registrations.findByEvent(event.id()).get(0);
        Actor leaving = actors.findById(registration.actorId()).orElseThrow();
        Actor other = actors.findById(
                        registrations.findByEvent(event.id()).get(1).actorId())
                .orElseThrow();
        var table = event.rooms().get(0).tables().get(0);
        var round = event.rounds().get(0);
        plans.save(
                PlanVersion.draft(
                                event.id(),
                                1,
                                "test",
                                Instant.now(),
                                null,
                                List.of(
                                        new Seat(leaving.id(), round.id(), table.id(), null, false),
                                        new Seat(other.id(), round.id(), table.id(), null, false)))
                        .publish("test", Instant.now()),
                "test");
        plans.replaceMatches(
                event.id(),
                List.of(Match.of(event.id(), leaving.id(), other.id(), 0.5, List.of(), List.of(), Instant.now())));
        new JdbcChatDirectory(dataSource).setListed(leaving.id(), true);

        new JdbcParticipantDeparture(dataSource).leave(leaving.id(), null, "participant");

        Actor anonymous = actors.findById(leaving.id()).orElseThrow();
        assertThat(anonymous.name()).isEqualTo(JdbcParticipantDeparture.LEFT_NAME);
        assertThat(anonymous.email().value()).doesNotContain(leaving.email().value());
        assertThat(anonymous.themes()).isEmpty();
        assertThat(anonymous.phone()).isNull();
        assertThat(anonymous.organisationId()).isNull();
        assertThat(plans.findPublished(event.id()).orElseThrow().seats())
                .extracting(Seat::actorId)
                .containsExactly(other.id());
        assertThat(plans.findMatches(event.id())).isEmpty();
        assertThat(registrations
                        .findByEventAndActor(event.id(), leaving.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(new JdbcChatDirectory(dataSource).listed()).doesNotContain(leaving.id());
        assertThat(Set.of(other.name())).doesNotContain(JdbcParticipantDeparture.LEFT_NAME);
    }
}
