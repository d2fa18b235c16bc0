package no.fellesgrunn.domain.coffeechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.common.DomainException;
import org.junit.jupiter.api.Test;

class ChatArrangementTest {
    private final UUID kari = UUID.randomUUID();
    private final UUID ola = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();
    private final CoffeeChat chat = CoffeeChat.propose(null, kari, ola, "ensomhet", "Du driver Frivilligsentralen");
    private final LocalDateTime monday = LocalDateTime.of(2026, 12, 7, 10, 0);
    private final LocalDateTime tuesday = LocalDateTime.of(2026, 12, 8, 14, 0);
    private final LocalDateTime friday = LocalDateTime.of(2026, 12, 11, 9, 0);

    @Test
    void theInviterProposesTimesAndTheInviteeAcceptsOneOfThem() {
        ChatArrangement proposal =
                ChatArrangement.propose(chat, kari, List.of(tuesday, monday), "Bodø bibliotek, Stormen", null);

        assertThat(proposal.proposedTimes()).containsExactly(monday, tuesday);
        assertThat(proposal.answerer(chat)).isEqualTo(ola);
        CoffeeChat agreed = proposal.accept(chat, ola, tuesday);
        assertThat(agreed.status()).isEqualTo(CoffeeChatStatus.AGREED);
        assertThat(agreed.scheduledAt()).isEqualTo(tuesday);
        assertThat(agreed.meetingPlace()).isEqualTo("Bodø bibliotek, Stormen");
    }

    @Test
    void theInviteeMayProposeOtherTimesAndThenTheInviterAnswers() {
        ChatArrangement proposal =
                ChatArrangement.propose(chat, kari, List.of(monday, tuesday), "Kafé Kjelleren", null);
        ChatArrangement counter = proposal.counter(chat, ola, List.of(friday), null);

        assertThat(counter.proposedBy()).isEqualTo(ola);
        assertThat(counter.proposedPlace()).isEqualTo("Kafé Kjelleren");
        assertThat(counter.answerer(chat)).isEqualTo(kari);
        assertThatThrownBy(() -> counter.accept(chat, ola, friday)).hasMessageContaining("wait for the other person");
        assertThatThrownBy(() -> counter.accept(chat, kari, monday)).hasMessageContaining("one of the proposed times");
        assertThat(counter.accept(chat, kari, friday).scheduledAt()).isEqualTo(friday);
    }

    @Test
    void oneToThreeDistinctTimesOnNeutralGround() {
        assertThatThrownBy(() -> ChatArrangement.propose(chat, kari, List.of(monday), "Biblioteket", null))
                .hasMessageContaining("two or three times");
        assertThatThrownBy(() -> ChatArrangement.propose(
                        chat, kari, List.of(monday, tuesday, friday, friday.plusDays(1)), "Biblioteket", null))
                .hasMessageContaining("not 4");
        assertThatThrownBy(() -> ChatArrangement.propose(chat, kari, List.of(monday, monday), "Biblioteket", null))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> ChatArrangement.propose(chat, kari, List.of(monday, tuesday), "Biblioteket", null)
                        .counter(chat, ola, List.of(), null))
                .hasMessageContaining("one to 3 times");
        assertThatThrownBy(() ->
                        ChatArrangement.propose(chat, kari, List.of(monday, tuesday), "Bodø rådhus, møterom 3", null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("neutral ground");
        assertThatThrownBy(() -> ChatArrangement.propose(chat, ola, List.of(monday, tuesday), "Biblioteket", null))
                .hasMessageContaining("only the one who invites");
    }

    @Test
    void strangersCannotAnswerAndAnAgreedChatTakesNoNewTimes() {
        ChatArrangement proposal = ChatArrangement.propose(chat, kari, List.of(monday, friday), "Biblioteket", null);
        assertThatThrownBy(() -> proposal.accept(chat, stranger, monday)).hasMessageContaining("only the two people");
        CoffeeChat agreed = proposal.accept(chat, ola, monday);
        assertThatThrownBy(() -> proposal.counter(agreed, ola, List.of(friday), null))
                .hasMessageContaining("AGREED");
    }

    @Test
    void bothConfirmTheSummaryToShareTheUnderstanding() {
        ChatArrangement proposal = ChatArrangement.propose(chat, kari, List.of(monday, friday), "Biblioteket", null);
        CoffeeChat agreed = proposal.accept(chat, ola, monday);
        assertThatThrownBy(() -> proposal.confirm(agreed, kari)).hasMessageContaining("AGREED");
        CoffeeChat held = agreed.held(
                "Vi deler ensomhet blant eldre som felles tredje",
                List.of(NextStep.of("Invitere frivilligsentralen", ola, LocalDate.of(2026, 12, 20))),
                monday.plusHours(1));

        ChatArrangement one = proposal.confirm(held, kari);
        assertThat(one.sharedUnderstanding(held)).isFalse();
        ChatArrangement both = one.confirm(held, ola);
        assertThat(both.sharedUnderstanding(held)).isTrue();
        assertThatThrownBy(() -> both.confirm(held, stranger)).hasMessageContaining("only the two people");
    }
}
