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
    /** An hour after the chats below were agreed to meet. */
    static final LocalDateTime AFTER = LocalDateTime.of(2027, 2, 1, 11, 0);

    final UUID kari = UUID.randomUUID();
    final UUID ola = UUID.randomUUID();

    @Test
    void endsWithASummaryAndNextStepsThatSomeoneInTheChatOwns() {
        CoffeeChat chat = CoffeeChat.propose(null, kari, ola, "ensomhet", "Du driver Frivilligsentralen")
                .agree("Bodø bibliotek", LocalDateTime.of(2027, 2, 1, 10, 0));
        NextStep step = NextStep.of("Invitere pensjonistforeningen", ola, LocalDate.of(2027, 3, 1));
        CoffeeChat held = chat.held("Vi deler ensomhet blant eldre som felles tredje", List.of(step), AFTER);
        assertThat(held.status()).isEqualTo(CoffeeChatStatus.HELD);
        assertThat(held.withNextStepDone(step.id()).nextSteps().get(0).done()).isTrue();

        NextStep outsider = NextStep.of("Ringe ordføreren", UUID.randomUUID(), LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> chat.held("summary", List.of(outsider), AFTER))
                .hasMessageContaining("one of the two people");
        assertThatThrownBy(() -> chat.held(" ", List.of(), AFTER)).hasMessageContaining("summarise");
        assertThatThrownBy(() -> chat.held("summary", List.of(), AFTER)).hasMessageContaining("at least one next step");
    }

    @Test
    void aNextStepSaysByWhenAndThatDayHasNotPassed() {
        CoffeeChat chat = CoffeeChat.propose(null, kari, ola, "ensomhet", null)
                .agree("Bodø bibliotek", LocalDateTime.of(2027, 2, 1, 10, 0));
        assertThatThrownBy(() -> NextStep.of("Ringe", ola, null)).hasMessage("next step 'Ringe' needs a due date");
        NextStep late = NextStep.of("Ringe", ola, LocalDate.of(2027, 1, 31));
        assertThatThrownBy(() -> chat.held("Felles tredje", List.of(late), AFTER))
                .hasMessageContaining("has passed");
        NextStep sameDay = NextStep.of("Ringe", ola, LocalDate.of(2027, 2, 1));
        assertThat(chat.held("Felles tredje", List.of(sameDay), AFTER).status()).isEqualTo(CoffeeChatStatus.HELD);
    }

    @Test
    void theSummaryIsWrittenOnlyOnceTheAgreedTimeHasCome() {
        CoffeeChat chat = CoffeeChat.propose(null, kari, ola, "ensomhet", null)
                .agree("Bodø bibliotek", LocalDateTime.of(2027, 2, 1, 10, 0));
        NextStep step = NextStep.of("Ringe", ola, LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> chat.held("Felles tredje", List.of(step), LocalDateTime.of(2027, 2, 1, 9, 59)))
                .isInstanceOf(no.fellesgrunn.domain.common.DomainException.class)
                .extracting(e -> ((no.fellesgrunn.domain.common.DomainException) e).code())
                .isEqualTo("domain.error.chat_summary_before_meeting");
        assertThatThrownBy(() -> chat.held("Felles tredje", List.of(step), LocalDateTime.of(2027, 1, 20, 12, 0)))
                .hasMessageContaining("after it has taken place");
        assertThat(chat.held("Felles tredje", List.of(step), LocalDateTime.of(2027, 2, 1, 10, 0))
                        .status())
                .isEqualTo(CoffeeChatStatus.HELD);
    }

    @Test
    void needsTwoDifferentPeople() {
        assertThatThrownBy(() -> CoffeeChat.propose(null, kari, kari, null, null))
                .hasMessageContaining("two different people");
    }

    @Test
    void aCancelledChatStaysCancelled() {
        CoffeeChat cancelled = CoffeeChat.propose(null, kari, ola, null, null).cancel();
        assertThatThrownBy(() -> cancelled.agree("kafé", null)).isInstanceOf(IllegalTransitionException.class);
    }
}
