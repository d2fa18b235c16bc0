package no.fellesgrunn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.web.mail.Mail;
import no.fellesgrunn.web.mail.ParticipantMails;
import no.fellesgrunn.web.mail.PublicAddress;
import org.junit.jupiter.api.Test;

/**
 * A mail is written in its recipient's language, whoever sends it: the language they chose on
 * their account, else the one their profile lists, else bokmål. Dates in it too.
 */
class RecipientLanguagesTest {
    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final ActorRepository actors = mock(ActorRepository.class);
    private final RecipientLanguages languages = new RecipientLanguages(accounts, actors);
    private final List<Mail> sent = new ArrayList<>();
    private final ParticipantMails mails = new ParticipantMails(
            sent::add,
            new FellesgrunnI18NProvider(),
            new PublicAddress("https://fellesgrunn.example", 8080),
            languages);

    RecipientLanguagesTest() {
        when(accounts.preferredLanguage(any())).thenReturn(Optional.empty());
        when(actors.findByEmail(any())).thenReturn(Optional.empty());
        when(accounts.preferredLanguage("nina@vik.kommune.no")).thenReturn(Optional.of("nn"));
        when(accounts.preferredLanguage("emma@example.org")).thenReturn(Optional.of("en"));
        Actor profileOnly = mock(Actor.class);
        when(profileOnly.languages()).thenReturn(Set.of("en"));
        when(actors.findByEmail(new Email("john@example.org"))).thenReturn(Optional.of(profileOnly));
        Actor chooses = mock(Actor.class);
        when(chooses.languages()).thenReturn(Set.of("en"));
        when(actors.findByEmail(new Email("nina@vik.kommune.no"))).thenReturn(Optional.of(chooses));
    }

    @Test
    void theChoiceWinsThenTheProfileThenBokmaal() {
        assertThat(languages.of("nina@vik.kommune.no")).isEqualTo(FellesgrunnI18NProvider.NYNORSK);
        assertThat(languages.of("emma@example.org")).isEqualTo(FellesgrunnI18NProvider.ENGLISH);
        assertThat(languages.of("john@example.org")).isEqualTo(FellesgrunnI18NProvider.ENGLISH);
        assertThat(languages.of("kari@bodo.kommune.no")).isEqualTo(FellesgrunnI18NProvider.BOKMAL);
        assertThat(languages.of(" ")).isEqualTo(FellesgrunnI18NProvider.BOKMAL);
        assertThat(RecipientLanguages.fromProfile(Set.of("nb", "nn", "en"))).isEqualTo(FellesgrunnI18NProvider.NYNORSK);
        assertThat(RecipientLanguages.fromProfile(Set.of("nb", "en"))).isEqualTo(FellesgrunnI18NProvider.BOKMAL);
    }

    @Test
    void eachRecipientReadsTheSameMailInTheirOwnLanguage() {
        for (String to : List.of("kari@bodo.kommune.no", "nina@vik.kommune.no", "emma@example.org")) {
            mails.newMatches(to, "Kari", "Regional møteplass Bodø", 1);
        }
        assertThat(sent)
                .extracting(Mail::subject)
                .containsExactly(
                        "Nye matcher: Regional møteplass Bodø",
                        "Nye matchar: Regional møteplass Bodø",
                        "New matches: Regional møteplass Bodø");
        assertThat(sent.get(0).body()).contains("Du har 1 match på Regional møteplass Bodø: en person du bør møte");
        assertThat(sent.get(1).body())
                .contains("Du har 1 match på Regional møteplass Bodø: ein person du bør møte, og kvifor");
        assertThat(sent.get(2).body()).contains("You have 1 match at Regional møteplass Bodø");
    }

    @Test
    void anAgreedChatsTimeIsWrittenInTheRecipientsLanguage() {
        LocalDateTime at = LocalDateTime.of(2027, 5, 14, 9, 30);
        mails.chatAgreed("kari@bodo.kommune.no", "Nina", at, "Kaffebaren", new byte[0]);
        mails.chatAgreed("nina@vik.kommune.no", "Kari", at, "Kaffebaren", new byte[0]);
        mails.chatAgreed("emma@example.org", "Kari", at, "Kaffebaren", new byte[0]);
        assertThat(sent.get(0).body()).contains("14. mai 2027 kl. 09.30").doesNotContain("2027-05-14");
        assertThat(sent.get(1).body())
                .startsWith("Kaffepraten med Kari er avtalt: 14. mai 2027 kl. 09.30")
                .contains("Kalenderfila ligg ved");
        assertThat(sent.get(2).body()).contains("14 May 2027").contains("The calendar file is attached");
    }
}
