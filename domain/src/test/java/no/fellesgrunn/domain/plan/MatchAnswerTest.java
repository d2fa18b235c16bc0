package no.fellesgrunn.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchAnswerTest {

    @Test
    void anAcceptedMatchMayBeDeclinedButADeclineIsFinal() {
        assertThat(MatchAnswer.change(null, MatchAnswer.ACCEPTED)).isEqualTo(MatchAnswer.ACCEPTED);
        assertThat(MatchAnswer.change(MatchAnswer.ACCEPTED, MatchAnswer.DECLINED))
                .isEqualTo(MatchAnswer.DECLINED);
        assertThatThrownBy(() -> MatchAnswer.change(MatchAnswer.DECLINED, MatchAnswer.ACCEPTED))
                .hasMessageContaining("cannot be accepted again");
        assertThatThrownBy(() -> MatchAnswer.change(null, null)).hasMessageContaining("accept or decline");
    }

    @Test
    void aPairHasNoOrder() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID b = UUID.fromString("00000000-0000-0000-0000-000000000002");
        assertThat(ActorPair.of(b, a)).isEqualTo(ActorPair.of(a, b));
        assertThat(ActorPair.of(b, a).low()).isEqualTo(a);
        assertThatThrownBy(() -> ActorPair.of(a, a)).hasMessageContaining("themselves");
        assertThatThrownBy(() -> new ActorPair(b, a)).hasMessageContaining("lowest id first");
    }
}
