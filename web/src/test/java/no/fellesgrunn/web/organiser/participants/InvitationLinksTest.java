package no.fellesgrunn.web.organiser.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.fellesgrunn.domain.invitation.InvitationToken;
import no.fellesgrunn.web.i18n.Formats;
import org.junit.jupiter.api.Test;

/** The file of invitation links an organiser downloads for a mail merge, and the tokens in them. */
class InvitationLinksTest {

    @Test
    void theFileHasTheReadersHeaderAndOneLinePerLinkWithSemicolonsAndQuotesWhereNeeded() {
        Instant expires = Instant.parse("2027-05-14T22:00:00Z");
        List<IssuedInvitation> issued = List.of(
                new IssuedInvitation(UUID.randomUUID(), "Kari Nordmann", "kari@example.no", "abc", expires),
                new IssuedInvitation(UUID.randomUUID(), "Ola; Junior", "ola@example.no", "def", expires));
        List<String> lines = new String(
                        InvitationLinks.csv(
                                issued,
                                "https://fellesgrunn.example/",
                                List.of("Namn", "E-post", "Lenkje", "Gyldig til"),
                                Locale.forLanguageTag("nn-NO")),
                        StandardCharsets.UTF_8)
                .lines()
                .toList();
        // 22:00 UTC on 14 May is midnight in Oslo (summer time): the file says Oslo's date, not the ISO instant.
        String until = Formats.dateTime(expires, Locale.forLanguageTag("nn-NO"));
        assertThat(until).contains("15").doesNotContain("T22").doesNotContain("Z");
        assertThat(lines)
                .containsExactly(
                        "Namn;E-post;Lenkje;Gyldig til",
                        "Kari Nordmann;kari@example.no;https://fellesgrunn.example/invitation/abc;" + until,
                        "\"Ola; Junior\";ola@example.no;https://fellesgrunn.example/invitation/def;" + until);
    }

    @Test
    void tokensAreLongRandomAndUrlSafeAndTheirHashIsStable() {
        String a = InvitationToken.newToken();
        String b = InvitationToken.newToken();
        assertThat(a).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(b);
        assertThat(InvitationToken.hash(a))
                .matches("[0-9a-f]{64}")
                .isEqualTo(InvitationToken.hash(a))
                .isNotEqualTo(InvitationToken.hash(b));
        // SHA-256 of "abc", the standard test vector.
        assertThat(InvitationToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
