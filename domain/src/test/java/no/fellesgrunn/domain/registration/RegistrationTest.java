package no.fellesgrunn.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.common.IllegalTransitionException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegistrationWindow;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.event.Venue;
import org.junit.jupiter.api.Test;

class RegistrationTest {
    static final LocalDate DAY = LocalDate.of(2027, 5, 14);
    final UUID host = UUID.randomUUID();
    final Challenge challenge =
            Challenge.draft("Ensomhet", null, "1804", host, Set.of("ensomhet"), Set.of(Perspective.DRIVER));
    final Round round1 = Round.of(1, DAY.atTime(9, 0), DAY.atTime(10, 0));
    final RegionalEvent event = RegionalEvent.plan(
                    "Bodø",
                    DAY,
                    new Venue("Stormen", null, "1804"),
                    Set.of("18"),
                    new RegistrationWindow(DAY.minusDays(30), DAY))
            .withRounds(List.of(round1))
            .withChallenges(List.of(new SelectedChallenge(challenge.id(), 1, 1)));

    @Test
    void availableRoundsAndWishesMustBelongToTheEvent() {
        Registration ok = Registration.register(event, host, Set.of(round1.id()), List.of(challenge.id()), false, null);
        assertThat(ok.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThatThrownBy(() -> Registration.register(event, host, Set.of(UUID.randomUUID()), List.of(), false, null))
                .hasMessageContaining("is not a round of Bodø");
        assertThatThrownBy(() -> Registration.register(event, host, Set.of(), List.of(UUID.randomUUID()), false, null))
                .hasMessageContaining("is not selected for Bodø");
    }

    @Test
    void aChallengeIsWishedForOnlyOnce() {
        assertThatThrownBy(() -> Registration.register(
                        event, host, Set.of(), List.of(challenge.id(), challenge.id()), false, null))
                .hasMessageContaining("only once");
    }

    @Test
    void statusMovesAlongItsLifeCycle() {
        Registration r = Registration.register(event, host, Set.of(), List.of(), false, null);
        assertThat(r.moveTo(RegistrationStatus.CANCELLED)
                        .moveTo(RegistrationStatus.REGISTERED)
                        .moveTo(RegistrationStatus.ATTENDED)
                        .status())
                .isEqualTo(RegistrationStatus.ATTENDED);
        assertThatThrownBy(() -> r.moveTo(RegistrationStatus.INVITED)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.moveTo(RegistrationStatus.ATTENDED).moveTo(RegistrationStatus.CANCELLED))
                .hasMessageContaining("final");
    }

    @Test
    void aChallengesHostMustBeRegisteredForTheEvent() {
        Registration hostRegistration = Registration.register(event, host, Set.of(round1.id()), List.of(), false, null);
        HostRule.requireHostsRegistered(event, List.of(challenge), List.of(hostRegistration));

        assertThatThrownBy(() -> HostRule.requireHostsRegistered(event, List.of(challenge), List.of()))
                .hasMessageContaining("host of challenge 'Ensomhet' is not registered for Bodø");
        Registration cancelled = hostRegistration.moveTo(RegistrationStatus.CANCELLED);
        assertThatThrownBy(() -> HostRule.requireHostsRegistered(event, List.of(challenge), List.of(cancelled)))
                .hasMessageContaining("not registered");
    }
}
