package no.fellesgrunn.web.calendar;

import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import no.fellesgrunn.infra.participant.JdbcCalendarSubscriptions;
import no.fellesgrunn.web.mail.ParticipantMails;
import no.fellesgrunn.web.participant.Me;
import org.springframework.stereotype.Service;

/**
 * My private calendar subscription: a secret address a calendar program polls. Only I can make
 * (renew) or revoke it; the address is shown once, because only a hash is kept.
 */
@Service
public class CalendarSubscription {
    private final Me me;
    private final JdbcCalendarSubscriptions subscriptions;
    private final ParticipantCalendar calendar;
    private final ParticipantMails links;

    public CalendarSubscription(
            Me me, JdbcCalendarSubscriptions subscriptions, ParticipantCalendar calendar, ParticipantMails links) {
        this.me = me;
        this.subscriptions = subscriptions;
        this.calendar = calendar;
        this.links = links;
    }

    @RolesAllowed("PARTICIPANT")
    public boolean active() {
        return subscriptions.exists(me.actor().id());
    }

    /** A new address; the old one stops working. Returns the full URL. */
    @RolesAllowed("PARTICIPANT")
    public String renew() {
        return links.link("calendar/" + subscriptions.renew(me.actor().id()) + ".ics");
    }

    @RolesAllowed("PARTICIPANT")
    public void revoke() {
        subscriptions.revoke(me.actor().id());
    }

    /** The feed behind a token; empty for a wrong or revoked token. No sign-in: the token is the key. */
    public Optional<byte[]> feed(String token) {
        return subscriptions.actorFor(token).map(actorId -> calendar.icsFor(actorId, Locale.forLanguageTag("nb-NO")));
    }
}
