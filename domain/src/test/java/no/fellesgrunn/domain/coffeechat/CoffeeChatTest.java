package no.fellesgrunn.domain.coffeechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.common.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class CoffeeChatTest {
    final UUID kari = UUID.randomUUID();
    final UUID ola = UUID.randomUUID();

    @Test
    void endsWithASummaryAndNextStepsThatSomeoneInTheChatOwns() {
        CoffeeChat chat = CoffeeChat.propose(null, kari, ola, "ensomhet", "Du driver Frivilligsentralen")
                .agree("Bodø bibliotek", LocalDateTime.of(2027, 2, 1, 10, 0));
        NextStep step = NextStep.of("Invitere pensjonistforeningen", ola, LocalDate.of(2027, 3, 1));
        CoffeeChat held = chat.held("Vi deler ensomhet blant eldre som felles tredje", List.of(step));
        assertThat(held.status()).isEqualTo(CoffeeChatStatus.HELD);
        assertThat(held.withNextStepDone(step.id()).nextSteps().get(0).done()).isTrue();

        NextStep outsider = NextStep.of("Ringe ordføreren", UUID.randomUUID(), null);
        assertThatThrownBy(() -> chat.held("summary", List.of(outsider))).hasMessageContaining("one of the two people");
        assertThatThrownBy(() -> chat.held(" ", List.of())).hasMessageContaining("summarise");
    }

    @Test
    void needsTwoDifferentPeople() {
        assertThatThrownBy(() -> CoffeeChat.propose(null, kari, kari, null, null)).hasMessageContaining("two different people");
    }

    @Test
    void aCancelledChatStaysCancelled() {
        CoffeeChat cancelled = CoffeeChat.propose(null, kari, ola, null, null).cancel();
        assertThatThrownBy(() -> cancelled.agree("kafé", null)).isInstanceOf(IllegalTransitionException.class);
    }
}
