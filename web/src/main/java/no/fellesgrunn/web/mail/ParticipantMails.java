package no.fellesgrunn.web.mail;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The participant workspace's mails, worded from the participant bundle (bokmål: we do not know
 * a recipient's language before they choose it) with a link back to the right page.
 */
@Component
public class ParticipantMails {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH:mm",
            FellesgrunnI18NProvider.BOKMAL);
    private final Mailer mailer;
    private final FellesgrunnI18NProvider i18n;
    private final PublicAddress address;

    public ParticipantMails(Mailer mailer, FellesgrunnI18NProvider i18n, PublicAddress address) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.address = address;
    }

    public String link(String path) {
        return address.link(path);
    }

    public void invitation(String to, String eventName, String token) {
        mailer.send(Mail.text(to, t("participant.mail.invitation.subject", eventName),
                t("participant.mail.invitation.body", eventName, link("invitation/" + token))));
    }

    public void newMatches(String to, String name, String eventName, int count) {
        mailer.send(Mail.text(to, t("participant.mail.matches.subject", eventName),
                t("participant.mail.matches.body", name, count, eventName, link("me/matches"))));
    }

    public void chatInvitation(String to, String fromName, String pitch) {
        mailer.send(Mail.text(to, t("participant.mail.chat.subject", fromName),
                t("participant.mail.chat.body", fromName, pitch == null ? "" : pitch, link("me/chats"))));
    }

    public void chatOtherTimes(String to, String fromName) {
        mailer.send(Mail.text(to, t("participant.mail.chatcounter.subject", fromName),
                t("participant.mail.chatcounter.body", fromName, link("me/chats"))));
    }

    public void chatAgreed(String to, String otherName, LocalDateTime at, String place, byte[] ics) {
        mailer.send(Mail.text(to, t("participant.mail.chatagreed.subject", otherName),
                t("participant.mail.chatagreed.body", otherName, WHEN.format(at), place, link("me/chats")))
                .withCalendar("kaffeprat.ics", ics));
    }

    public void scheduleChanged(String to, String name, String eventName, byte[] ics) {
        mailer.send(Mail.text(to, t("participant.mail.schedule.subject", eventName),
                t("participant.mail.schedule.body", name, eventName, link("me/schedule")))
                .withCalendar("program.ics", ics));
    }

    private String t(String key, Object... params) {
        return i18n.getTranslation(key, FellesgrunnI18NProvider.BOKMAL, params);
    }

}
