package no.fellesgrunn.web.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.StepOwner;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.infra.participant.JdbcMailOutbox;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders to step owners on the real database and outbox: which steps, once each, in the owner's language. */
class StepRemindersTest extends KaribuTest {
    @Autowired
    StepReminders reminders;

    @Autowired
    TableOutcomeRepository outcomes;

    @Autowired
    ActorRepository actors;

    @Autowired
    JdbcMailOutbox outbox;

    private Actor withLanguages(Actor a, Set<String> languages) {
        return actors.save(
                new Actor(
                        a.id(),
                        a.name(),
                        a.email(),
                        a.phone(),
                        a.organisationId(),
                        a.roleTitle(),
                        a.homeMunicipality(),
                        a.themes(),
                        a.perspectives(),
                        languages,
                        a.accessibilityNeeds(),
                        a.consent(),
                        a.userAccountId(),
                        a.version()),
                "test");
    }

    @Test
    void ownersAreRemindedAWeekBeforeAndWhenOverdueOnceEachInTheirLanguage() {
        OutcomeFixture f = OutcomeFixture.create(context, (username, role) -> loginAs(username, username, role));
        Actor nynorsk = withLanguages(f.p1(), Set.of("nb", "nn"));
        Actor english = withLanguages(f.p2(), Set.of("en", "pl"));
        Actor bokmal = withLanguages(f.host(), Set.of("nb", "en"));
        LocalDate today = LocalDate.of(2027, 6, 1);
        outcomes.save(
                new TableOutcome(
                        Ids.newId(),
                        f.bodo().id(),
                        f.table1().roundId(),
                        f.table1().tableId(),
                        f.challenge().id(),
                        new Findings("Ensomhet", null, null, null),
                        List.of(
                                new TableStep(
                                        Ids.newId(),
                                        "Kartlegge tilbud",
                                        StepOwner.person(nynorsk.id()),
                                        today.plusDays(5),
                                        null,
                                        StepStatus.NOT_STARTED),
                                new TableStep(
                                        Ids.newId(),
                                        "Call the school",
                                        StepOwner.person(english.id()),
                                        today.minusDays(1),
                                        null,
                                        StepStatus.UNDER_WAY),
                                new TableStep(
                                        Ids.newId(),
                                        "Søke midler",
                                        StepOwner.person(bokmal.id()),
                                        today.minusDays(3),
                                        null,
                                        StepStatus.NOT_STARTED),
                                new TableStep(
                                        Ids.newId(),
                                        "Lang frist",
                                        StepOwner.person(bokmal.id()),
                                        today.plusDays(30),
                                        null,
                                        StepStatus.NOT_STARTED),
                                new TableStep(
                                        Ids.newId(),
                                        "Allerede gjort",
                                        StepOwner.person(nynorsk.id()),
                                        today.minusDays(9),
                                        null,
                                        StepStatus.DONE),
                                new TableStep(
                                        Ids.newId(),
                                        "Kommunens steg",
                                        StepOwner.organisation("Bodø kommune"),
                                        today.minusDays(9),
                                        null,
                                        StepStatus.NOT_STARTED)),
                        List.of(),
                        f.host().id(),
                        null,
                        null,
                        0),
                "test");
        outbox.findAll().forEach(m -> outbox.deleteByRecipient(m.recipient()));

        assertThat(reminders.send(today, Instant.now())).isEqualTo(3);
        assertThat(outbox.findByRecipient(nynorsk.email().value()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("Om ei veke: Kartlegge tilbud");
                    assertThat(m.body())
                            .contains("Hei, " + nynorsk.name())
                            .contains("ansvarleg")
                            .contains("me/commitments");
                });
        assertThat(outbox.findByRecipient(english.email().value()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("Overdue: Call the school");
                    assertThat(m.body()).contains("Hello " + english.name());
                });
        assertThat(outbox.findByRecipient(bokmal.email().value()))
                .singleElement()
                .extracting(JdbcMailOutbox.StoredMail::subject)
                .isEqualTo("Forfalt: Søke midler");

        // The next morning: nothing new is due, and nothing is sent twice.
        assertThat(reminders.send(today.plusDays(1), Instant.now())).isZero();
        // Once the week-before step passes its due date, its owner hears once more: it is overdue.
        assertThat(reminders.send(today.plusDays(6), Instant.now())).isEqualTo(1);
        assertThat(outbox.findByRecipient(nynorsk.email().value()))
                .extracting(JdbcMailOutbox.StoredMail::subject)
                .containsExactlyInAnyOrder("Om ei veke: Kartlegge tilbud", "Forfalle: Kartlegge tilbud");
        assertThat(reminders.send(today.plusDays(6), Instant.now())).isZero();
    }

    @Autowired
    no.fellesgrunn.domain.coffeechat.CoffeeChatRepository chats;

    @Test
    void ownersOfACoffeeChatsNextStepsAreRemindedOnceInTheirLanguageNamingTheOtherPerson() {
        List<Actor> people = accounts.findByRole(no.fellesgrunn.domain.account.Role.PARTICIPANT).stream()
                .map(a -> actors.findByUserAccount(a.id()))
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Actor::name))
                .limit(2)
                .toList();
        Actor nynorsk = withLanguages(people.get(0), Set.of("nn"));
        Actor english = withLanguages(people.get(1), Set.of("en"));
        LocalDate today = LocalDate.of(2028, 3, 1);
        java.time.LocalDateTime met = today.minusDays(3).atTime(10, 0);
        var chat = no.fellesgrunn.domain.coffeechat.CoffeeChat.propose(
                        null, nynorsk.id(), english.id(), "ensomhet", "pitch")
                .agree("Biblioteket", met)
                .held(
                        "Vi fann eit felles tredje",
                        List.of(
                                no.fellesgrunn.domain.coffeechat.NextStep.of(
                                        "Sende referat fra kaffepraten", nynorsk.id(), today.plusDays(7)),
                                no.fellesgrunn.domain.coffeechat.NextStep.of(
                                        "Call the library after our chat", english.id(), today.minusDays(1)),
                                no.fellesgrunn.domain.coffeechat.NextStep.of(
                                                "Allerede gjort etter kaffepraten", english.id(), today.minusDays(2))
                                        .markDone()),
                        met.plusHours(1));
        chats.save(chat, "test");
        outbox.findAll().forEach(m -> outbox.deleteByRecipient(m.recipient()));

        reminders.send(today, Instant.now());
        assertThat(outbox.findByRecipient(nynorsk.email().value()))
                .filteredOn(m -> m.subject().contains("kaffepraten"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("Om ei veke: Sende referat fra kaffepraten");
                    assertThat(m.body())
                            .contains("kaffipraten med " + english.name())
                            .contains("me/commitments");
                });
        assertThat(outbox.findByRecipient(english.email().value()))
                .filteredOn(m -> m.subject().contains("chat"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("Overdue: Call the library after our chat");
                    assertThat(m.body()).contains("coffee chat with " + nynorsk.name());
                });
        assertThat(outbox.findAll()).noneMatch(m -> m.subject().contains("Allerede gjort"));

        // The same morning again: nothing is sent twice.
        outbox.findAll().forEach(m -> outbox.deleteByRecipient(m.recipient()));
        reminders.send(today, Instant.now());
        assertThat(outbox.findAll())
                .noneMatch(
                        m -> m.subject().contains("kaffepraten") || m.subject().contains("after our chat"));
    }
}
