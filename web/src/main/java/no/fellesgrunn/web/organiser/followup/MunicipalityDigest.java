package no.fellesgrunn.web.organiser.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.infra.outcome.JdbcMunicipalityContacts;
import no.fellesgrunn.web.base.Clocks;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.i18n.Formats;
import no.fellesgrunn.web.i18n.RecipientLanguages;
import no.fellesgrunn.web.mail.Mail;
import no.fellesgrunn.web.mail.Mailer;
import no.fellesgrunn.web.mail.PublicAddress;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly digest to each municipality contact: how many next steps from the tables of the
 * municipality's challenges are open, overdue (listed) and done, with a link to the municipality's
 * board. Sent on the first of the month at 08:00 Oslo time ({@code fellesgrunn.digest.cron}; on
 * with the reminders), once per contact and month (claimed first, so two nodes do not both send
 * it), in the contact's language as the step reminders choose it. Nothing is sent for a
 * municipality without next steps.
 */
@Component
public class MunicipalityDigest {
    /** At most this many overdue steps are listed in the mail; the board has them all. */
    static final int LISTED = 10;

    private final MunicipalityBoard board;
    private final JdbcMunicipalityContacts contacts;
    private final ActorRepository actors;
    private final ReferenceDataRepository reference;
    private final Mailer mailer;
    private final FellesgrunnI18NProvider i18n;
    private final PublicAddress address;
    private final Clock clock;
    private final RecipientLanguages languages;

    public MunicipalityDigest(
            MunicipalityBoard board,
            JdbcMunicipalityContacts contacts,
            ActorRepository actors,
            ReferenceDataRepository reference,
            Mailer mailer,
            FellesgrunnI18NProvider i18n,
            PublicAddress address,
            Clock clock,
            RecipientLanguages languages) {
        this.languages = languages;
        this.board = board;
        this.contacts = contacts;
        this.actors = actors;
        this.reference = reference;
        this.mailer = mailer;
        this.i18n = i18n;
        this.address = address;
        this.clock = clock;
    }

    @Scheduled(cron = "${fellesgrunn.digest.cron:0 0 8 1 * *}", zone = "Europe/Oslo")
    public void monthly() {
        send(YearMonth.from(clock.instant().atZone(Clocks.OSLO)), clock.instant());
    }

    /** Sends this month's digests not sent before; returns how many were sent. */
    public int send(YearMonth month, Instant now) {
        Map<String, String> names =
                reference.municipalities().stream().collect(Collectors.toMap(Municipality::number, Municipality::name));
        int sent = 0;
        for (JdbcMunicipalityContacts.Contact contact : contacts.all()) {
            List<BoardRow> steps = board.rowsFor(Set.of(contact.municipality())).stream()
                    .filter(BoardRow::hasStep)
                    .toList();
            Actor actor = actors.findById(contact.actorId()).orElse(null);
            if (steps.isEmpty()
                    || actor == null
                    || !contacts.claimDigest(contact.municipality(), actor.id(), month, now)) {
                continue;
            }
            Locale language = languages.of(actor.email().value());
            long open = steps.stream().filter(r -> r.status().open()).count();
            List<BoardRow> overdue = steps.stream().filter(BoardRow::overdue).toList();
            long done =
                    steps.stream().filter(r -> r.status() == StepStatus.DONE).count();
            String lines = overdue.stream()
                    .limit(LISTED)
                    .map(r -> i18n.getTranslation(
                            "digest.mail.line", language, r.what(), r.owner(), Formats.date(r.due(), language)))
                    .collect(Collectors.joining("\n"));
            String municipality = names.getOrDefault(contact.municipality(), contact.municipality());
            String monthName =
                    DateTimeFormatter.ofPattern("LLLL yyyy", language).format(month);
            mailer.send(Mail.text(
                    actor.email().value(),
                    i18n.getTranslation("digest.mail.subject", language, municipality, monthName),
                    i18n.getTranslation(
                            "digest.mail.body",
                            language,
                            actor.name(),
                            municipality,
                            open,
                            overdue.size(),
                            done,
                            overdue.isEmpty() ? "" : i18n.getTranslation("digest.mail.overdue", language, lines),
                            address.link("municipality/follow-up"))));
            sent++;
        }
        return sent;
    }
}
