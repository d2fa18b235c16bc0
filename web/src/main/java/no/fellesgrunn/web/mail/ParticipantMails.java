package no.fellesgrunn.web.mail;

import java.time.LocalDateTime;
import java.util.Locale;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.i18n.Formats;
import no.fellesgrunn.web.i18n.RecipientLanguages;
import org.springframework.stereotype.Component;

/**
 * The participant workspace's mails, worded from the participant bundle in the recipient's
 * language ({@link RecipientLanguages}: their choice, else their profile's languages, else bokmål),
 * never the sender's, with a link back to the right page.
 */
@Component
public class ParticipantMails {
    private final Mailer mailer;
    private final FellesgrunnI18NProvider i18n;
    private final PublicAddress address;
    private final RecipientLanguages languages;

    public ParticipantMails(
            Mailer mailer, FellesgrunnI18NProvider i18n, PublicAddress address, RecipientLanguages languages) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.address = address;
        this.languages = languages;
    }

    /** The language mails and their attachments (.ics) to this address are written in. */
    public Locale languageOf(String to) {
        return languages.of(to);
    }

    public String link(String path) {
        return address.link(path);
    }

    public void invitation(String to, String eventName, String token) {
        mailer.send(Mail.text(
                to,
                t(to, "participant.mail.invitation.subject", eventName),
                t(to, "participant.mail.invitation.body", eventName, link("invitation/" + token))));
    }

    public void newMatches(String to, String name, String eventName, int count) {
        mailer.send(Mail.text(
                to,
                t(to, "participant.mail.matches.subject", eventName),
                t(to, "participant.mail.matches.body", name, count, eventName, link("me/matches"))));
    }

    public void chatInvitation(String to, String fromName, String pitch) {
        mailer.send(Mail.text(
                to,
                t(to, "participant.mail.chat.subject", fromName),
                t(to, "participant.mail.chat.body", fromName, pitch == null ? "" : pitch, link("me/chats"))));
    }

    public void chatOtherTimes(String to, String fromName) {
        mailer.send(Mail.text(
                to,
                t(to, "participant.mail.chatcounter.subject", fromName),
                t(to, "participant.mail.chatcounter.body", fromName, link("me/chats"))));
    }

    public void chatAgreed(String to, String otherName, LocalDateTime at, String place, byte[] ics) {
        mailer.send(Mail.text(
                        to,
                        t(to, "participant.mail.chatagreed.subject", otherName),
                        t(
                                to,
                                "participant.mail.chatagreed.body",
                                otherName,
                                Formats.dateTime(at, languages.of(to)),
                                place,
                                link("me/chats")))
                .withCalendar("kaffeprat.ics", ics));
    }

    public void scheduleChanged(String to, String name, String eventName, byte[] ics) {
        mailer.send(Mail.text(
                        to,
                        t(to, "participant.mail.schedule.subject", eventName),
                        t(to, "participant.mail.schedule.body", name, eventName, link("me/schedule")))
                .withCalendar("program.ics", ics));
    }

    private String t(String to, String key, Object... params) {
        Locale language = languages.of(to);
        return i18n.getTranslation(key, language, params);
    }
}
