package no.fellesgrunn.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.web.calendar.CalendarSubscription;
import no.fellesgrunn.web.calendar.StrictIcs;
import no.fellesgrunn.web.mail.Mailer;
import no.fellesgrunn.web.mail.SmtpMailer;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Mail over real SMTP (GreenMail), calendar files read back with iCal4j's own parser, and the
 * token-protected calendar feed over HTTP on the running application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.mail.host=localhost",
            "spring.mail.port=3025",
            "fellesgrunn.mail.from=fellesgrunn@test.example"
        })
class MailAndCalendarTest extends WebIntegrationTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static ParticipantFixture fixture;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    Mailer mailer;

    @Autowired
    CoffeeChats chats;

    @Autowired
    MySchedule schedule;

    @Autowired
    CalendarSubscription subscription;

    @Autowired
    ParticipantNotifications notifications;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = ParticipantFixture.create(context);
            // Mails follow the recipient's language (their choice, else their profile's): p1 chose bokmål.
            accounts.choosePreferredLanguage(fixture.a1().username(), "nb");
        }
    }

    @Test
    void chatMailsGoOverSmtpAndBothGetACalendarFileInOsloTime() throws Exception {
        assertThat(mailer).isInstanceOf(SmtpMailer.class);
        LocalDateTime when = LocalDate.now().plusDays(5).atTime(13, 30);
        ChatCard chat = SignedIn.as(
                users,
                fixture.a1().username(),
                () -> chats.invite(new ChatInvitation(
                        fixture.p2().id(),
                        fixture.sharedTheme(),
                        null,
                        "Vi deler et mål",
                        List.of(when, when.plusDays(1)),
                        "Stormen bibliotek")));
        MimeMessage invitation = only(fixture.p2().email().value());
        assertThat(invitation.getSubject()).isEqualTo(fixture.p1().name() + " inviterer deg til en kaffeprat");
        assertThat(GreenMailUtil.getBody(invitation)).contains("Vi deler et m").contains("/me/chats");
        assertThat(invitation.getFrom()[0].toString()).isEqualTo("fellesgrunn@test.example");

        SignedIn.as(users, fixture.a2().username(), () -> chats.accept(chat.id(), when));
        for (String to :
                List.of(fixture.p1().email().value(), fixture.p2().email().value())) {
            MimeMessage agreed = Arrays.stream(greenMail.getReceivedMessagesForDomain(to))
                    .filter(m -> subject(m).startsWith("Kaffeprat avtalt"))
                    .findFirst()
                    .orElseThrow();
            Calendar calendar = parse(attachment(agreed));
            VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
            assertThat(start(event))
                    .isEqualTo(ZonedDateTime.of(when, ZoneId.of("Europe/Oslo")).toInstant());
            assertThat(event.getProperty(Property.DTSTART)
                            .orElseThrow()
                            .getParameter("TZID")
                            .orElseThrow()
                            .getValue())
                    .isEqualTo("Europe/Oslo");
            assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                    .isEqualTo("Stormen bibliotek");
            assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        }
    }

    @Test
    void theScheduleFileHasEveryRoundAtTheVenuesLocalTime() throws Exception {
        byte[] ics = SignedIn.as(users, fixture.a1().username(), () -> schedule.ics(Locale.forLanguageTag("nb-NO")));
        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT").stream()
                .map(VEvent.class::cast)
                .toList();
        assertThat(events).hasSize(2);
        List<Round> rounds = fixture.bodo().rounds();
        assertThat(events.stream().map(MailAndCalendarTest::start).toList())
                .containsExactlyInAnyOrder(
                        ZonedDateTime.of(rounds.get(0).start(), ZoneId.of("Europe/Oslo"))
                                .toInstant(),
                        ZonedDateTime.of(rounds.get(1).start(), ZoneId.of("Europe/Oslo"))
                                .toInstant());
        for (VEvent event : events) {
            assertThat(event.getProperty(Property.DTSTART)
                            .orElseThrow()
                            .getParameter("TZID")
                            .orElseThrow()
                            .getValue())
                    .isEqualTo("Europe/Oslo");
        }
        assertThat(events.get(0).getProperty(Property.LOCATION).orElseThrow().getValue())
                .contains(fixture.bodo().venue().name());
    }

    @Test
    void theFeedAnswersItsTokenAndNothingElse() throws Exception {
        String url = SignedIn.as(users, fixture.a1().username(), subscription::renew);
        String path = URI.create(url).getPath();
        HttpResponse<byte[]> ok = get(path);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(ok.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(parse(ok.body()).getComponents("VEVENT")).hasSize(2);

        String renewed = URI.create(SignedIn.as(users, fixture.a1().username(), subscription::renew))
                .getPath();
        assertNothingAt(path);
        assertThat(get(renewed).statusCode()).isEqualTo(200);
        SignedIn.as(users, fixture.a1().username(), () -> {
            subscription.revoke();
            return null;
        });
        assertNothingAt(renewed);
        assertNothingAt("/calendar/" + "A".repeat(43) + ".ics");
        assertNothingAt("/calendar/.ics");
        assertNothingAt("/calendar/list");
    }

    @Test
    void organisersTellParticipantsAboutPublishedMatchesAndChangedSeats() throws Exception {
        String organiser = accounts.findByRole(Role.ORGANISER).get(0).username();
        greenMail.purgeEmailFromAllMailboxes();
        int scheduleMails = SignedIn.as(
                users,
                organiser,
                () -> notifications.schedulePublished(fixture.bodo().id()));
        // Only p1's seats changed between the two published versions.
        assertThat(scheduleMails).isEqualTo(1);
        MimeMessage changed = only(fixture.p1().email().value());
        assertThat(changed.getSubject())
                .isEqualTo("Programmet ditt for " + fixture.bodo().name());
        assertThat(parse(attachment(changed)).getComponents("VEVENT")).hasSize(2);
        assertThat(greenMail.getReceivedMessagesForDomain(fixture.p2().email().value()))
                .isEmpty();

        int matchMails = SignedIn.as(
                users,
                organiser,
                () -> notifications.matchesPublished(fixture.bodo().id()));
        assertThat(matchMails).isEqualTo(4);
        MimeMessage matches = Arrays.stream(greenMail.getReceivedMessagesForDomain(
                        fixture.p1().email().value()))
                .filter(m -> subject(m).startsWith("Nye matcher"))
                .findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(matches)).contains("Du har 2 matcher").contains("/me/matches");

        // The same mail to a person who chose nynorsk, whoever the organiser is.
        accounts.choosePreferredLanguage(fixture.a1().username(), "nn");
        greenMail.purgeEmailFromAllMailboxes();
        SignedIn.as(
                users,
                organiser,
                () -> notifications.matchesPublished(fixture.bodo().id()));
        MimeMessage nynorsk = Arrays.stream(greenMail.getReceivedMessagesForDomain(
                        fixture.p1().email().value()))
                .findFirst()
                .orElseThrow();
        assertThat(nynorsk.getSubject()).startsWith("Nye matchar");
        assertThat(GreenMailUtil.getBody(nynorsk)).contains("Du har 2 matchar");
        accounts.choosePreferredLanguage(fixture.a1().username(), "nb");
    }

    private MimeMessage only(String to) {
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain(to);
        assertThat(received).hasSize(1);
        return received[0];
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private void assertNothingAt(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.body()).as(path).isEmpty();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] attachment(MimeMessage message) throws Exception {
        List<byte[]> found = new ArrayList<>();
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                found.add(part.getInputStream().readAllBytes());
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Strict iCal4j with validation; every TZID must have its VTIMEZONE (see IcsCalendarTest for a second parser). */
    private static Calendar parse(byte[] ics) throws Exception {
        Calendar calendar = StrictIcs.parse(ics);
        assertThat(StrictIcs.tzidsUsed(calendar)).containsExactly("Europe/Oslo");
        return calendar;
    }

    /** The instant the event starts; the zone itself is checked on the TZID parameter. */
    private static java.time.Instant start(VEvent event) {
        DtStart<?> start = event.getDateTimeStart();
        return ZonedDateTime.from(start.getDate()).toInstant();
    }
}
