package no.fellesgrunn.domain.challenge;

import static no.fellesgrunn.domain.challenge.ChallengeStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.common.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class ChallengeTest {
    private final Instant t = Instant.parse("2027-01-01T10:00:00Z");

    private Challenge draft() {
        return Challenge.draft(
                "Ensomhet blant eldre", null, "1804", null, Set.of("ensomhet"), Set.of(Perspective.LIVED_EXPERIENCE));
    }

    @Test
    void movesAlongTheWholeLifeCycleAndKeepsItsHistory() {
        Challenge c = draft().moveTo(SUBMITTED, t, "kari")
                .moveTo(SELECTED, t.plusSeconds(1), "org")
                .moveTo(IN_PROGRESS, t.plusSeconds(2), "org")
                .moveTo(FOLLOWED_UP, t.plusSeconds(3), "org");
        assertThat(c.status()).isEqualTo(FOLLOWED_UP);
        assertThat(c.history()).extracting(StatusChange::from).containsExactly(DRAFT, SUBMITTED, SELECTED, IN_PROGRESS);
        assertThat(c.history()).extracting(StatusChange::by).containsExactly("kari", "org", "org", "org");
    }

    @Test
    void cannotSkipSteps() {
        assertThatThrownBy(() -> draft().moveTo(SELECTED, t, "org"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot move from DRAFT to SELECTED")
                .hasMessageContaining("SUBMITTED");
    }

    @Test
    void canBeWithdrawnBeforeWorkStartsButNotAfter() {
        assertThat(draft().moveTo(WITHDRAWN, t, "kari").status()).isEqualTo(WITHDRAWN);
        Challenge started =
                draft().moveTo(SUBMITTED, t, "k").moveTo(SELECTED, t, "o").moveTo(IN_PROGRESS, t, "o");
        assertThatThrownBy(() -> started.moveTo(WITHDRAWN, t, "o")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void finalStatusesGoNowhere() {
        assertThat(FOLLOWED_UP.next()).isEmpty();
        assertThat(WITHDRAWN.next()).isEmpty();
        Challenge withdrawn = draft().moveTo(WITHDRAWN, t, "k");
        assertThatThrownBy(() -> withdrawn.moveTo(SUBMITTED, t, "k")).hasMessageContaining("is final");
    }

    @Test
    void historyMustEndInTheCurrentStatus() {
        assertThatThrownBy(() -> new Challenge(
                        UUID.randomUUID(),
                        "T",
                        null,
                        "1804",
                        null,
                        Set.of(),
                        Set.of(),
                        SELECTED,
                        List.of(new StatusChange(DRAFT, SUBMITTED, t, "k")),
                        0))
                .hasMessageContaining("must end in its status");
    }

    @Test
    void titleIsRequired() {
        assertThatThrownBy(() -> Challenge.draft(" ", null, "1804", null, Set.of(), Set.of()))
                .hasMessageContaining("title is required");
    }
}
