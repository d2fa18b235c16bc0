package no.fellesgrunn.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Text that could not be stored or read back as typed is refused at the domain boundary, with the reason. */
class CheckTest {
    @Test
    void controlCharactersAreRefusedButLineBreaksAndTabsKept() {
        assertThatThrownBy(() -> Check.text("Møteplass\u0000Bodø", "event name", 200))
                .isInstanceOf(DomainException.class)
                .hasMessage("event name contains a control character (U+0000) at position 10");
        assertThatThrownBy(() -> Check.text("a\u001Bb", "title", 200)).hasMessageContaining("U+001B");
        assertThat(Check.text("Første linje\nandre\tlinje", "summary", 200)).isEqualTo("Første linje\nandre\tlinje");
    }

    @Test
    void halfASurrogatePairIsRefusedAWholeOneKept() {
        assertThatThrownBy(() -> Check.text("Kari \uD83D", "name", 200))
                .hasMessageContaining("half of a surrogate pair");
        assertThatThrownBy(() -> Check.text("\uDE00 Kari", "name", 200)).hasMessageContaining("position 1");
        assertThat(Check.text("Kari \uD83D\uDE00", "name", 200)).isEqualTo("Kari \uD83D\uDE00");
    }

    @Test
    void aNameNeedsAVisibleCharacter() {
        assertThatThrownBy(() -> Check.text("\u200B\u200B\u200B", "name", 200))
                .hasMessage("name has no visible characters");
        assertThatThrownBy(() -> Check.text("\u00A0\u2060", "name", 200)).hasMessageContaining("no visible");
        assertThatThrownBy(() -> Check.text("   ", "name", 200)).hasMessage("name is required");
        assertThat(Check.text(" Åse ", "name", 200)).isEqualTo("Åse");
        assertThat(Check.optionalText("", "phone", 30)).isNull();
    }
}
