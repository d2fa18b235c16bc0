package no.fellesgrunn.web.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import org.springframework.stereotype.Component;

/**
 * The language a mail or document is written in for its recipient (issue 10 item 4): the language
 * the person chose in the language switcher (kept on their account); without a choice, the
 * languages on their profile (nynorsk if they list nn, English if they list English and no
 * Norwegian); otherwise bokmål. So an organiser who works in English still sends a bokmål
 * participant bokmål mail.
 */
@Component
public class RecipientLanguages {
    private final UserAccountRepository accounts;
    private final ActorRepository actors;

    public RecipientLanguages(UserAccountRepository accounts, ActorRepository actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    /** The language to write to this e-mail address in. */
    public Locale of(String email) {
        if (email == null || email.isBlank()) {
            return FellesgrunnI18NProvider.BOKMAL;
        }
        return chosen(email).orElseGet(() -> profile(email));
    }

    /** The language the person with this username chose, if they did. */
    public Optional<Locale> chosen(String username) {
        try {
            return accounts.preferredLanguage(username)
                    .map(tag -> FellesgrunnI18NProvider.supported(Locale.forLanguageTag(tag)));
        } catch (IllegalArgumentException notAUsername) {
            return Optional.empty();
        }
    }

    /** Remembers the signed-in person's choice on their account, so mails follow it. */
    public void remember(String username, Locale language) {
        try {
            accounts.choosePreferredLanguage(
                    username, FellesgrunnI18NProvider.supported(language).getLanguage());
        } catch (IllegalArgumentException notAUsername) {
            // A sign-in whose name is no username (none today): the cookie still keeps the choice.
        }
    }

    private Locale profile(String email) {
        try {
            return actors.findByEmail(new Email(email))
                    .map(actor -> fromProfile(actor.languages()))
                    .orElse(FellesgrunnI18NProvider.BOKMAL);
        } catch (RuntimeException notAnAddress) {
            return FellesgrunnI18NProvider.BOKMAL;
        }
    }

    /** Nynorsk if the profile lists nn; English if it lists en and not nb; else bokmål. */
    public static Locale fromProfile(Set<String> languages) {
        if (languages.contains("nn")) {
            return FellesgrunnI18NProvider.NYNORSK;
        }
        if (!languages.contains("nb") && languages.contains("en")) {
            return FellesgrunnI18NProvider.ENGLISH;
        }
        return FellesgrunnI18NProvider.BOKMAL;
    }
}
