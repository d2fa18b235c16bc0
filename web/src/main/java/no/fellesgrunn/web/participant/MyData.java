package no.fellesgrunn.web.participant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.coffeechat.ChatArrangementRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.plan.MatchAnswerRepository;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.participant.JdbcCalendarSubscriptions;
import no.fellesgrunn.infra.participant.JdbcChatDirectory;
import no.fellesgrunn.infra.participant.JdbcMailOutbox;
import no.fellesgrunn.infra.participant.JdbcParticipantDeparture;
import org.springframework.stereotype.Service;

/**
 * My data (GDPR articles 15, 16, 17, 20): everything stored about me, as a JSON download;
 * corrections go through the profile; and deleting my account, which anonymises me and releases
 * my seats and matches, so organisers see that a participant left but not who.
 */
@Service
public class MyData {
    private final no.fellesgrunn.web.admin.ExportAudit exportAudit;
    private final Me me;
    private final OrganisationRepository organisations;
    private final RegistrationRepository registrations;
    private final MyMatches matches;
    private final MatchAnswerRepository answers;
    private final ScheduleReader schedules;
    private final CoffeeChatRepository chats;
    private final JdbcCalendarSubscriptions calendars;
    private final JdbcChatDirectory directory;
    private final JdbcMailOutbox outbox;
    private final JdbcParticipantDeparture departure;
    private final ChatArrangementRepository arrangements;
    private final no.fellesgrunn.domain.outcome.TableOutcomeRepository tableOutcomes;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public MyData(
            Me me,
            OrganisationRepository organisations,
            RegistrationRepository registrations,
            MyMatches matches,
            MatchAnswerRepository answers,
            ScheduleReader schedules,
            CoffeeChatRepository chats,
            JdbcCalendarSubscriptions calendars,
            JdbcChatDirectory directory,
            JdbcMailOutbox outbox,
            JdbcParticipantDeparture departure,
            ChatArrangementRepository arrangements,
            no.fellesgrunn.domain.outcome.TableOutcomeRepository tableOutcomes,
            no.fellesgrunn.web.admin.ExportAudit exportAudit) {
        this.exportAudit = exportAudit;
        this.me = me;
        this.arrangements = arrangements;
        this.organisations = organisations;
        this.registrations = registrations;
        this.matches = matches;
        this.answers = answers;
        this.schedules = schedules;
        this.chats = chats;
        this.calendars = calendars;
        this.directory = directory;
        this.outbox = outbox;
        this.departure = departure;
        this.tableOutcomes = tableOutcomes;
    }

    /** Everything about me, by topic; other people appear only as I am allowed to see them. */
    @RolesAllowed("PARTICIPANT")
    public Map<String, Object> everything() {
        UserAccount account = me.account();
        Actor actor = me.actor();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "account",
                Map.of("username", account.username(), "displayName", account.displayName(), "roles", account.roles()));
        data.put("profile", actor);
        data.put(
                "organisation",
                actor.organisationId() == null
                        ? null
                        : organisations.findById(actor.organisationId()).orElse(null));
        data.put("listedInCoffeeChatDirectory", directory.isListed(actor.id()));
        data.put("calendarSubscriptionActive", calendars.exists(actor.id()));
        data.put("registrations", registrations.findByActor(actor.id()));
        data.put("matches", matches.mine());
        data.put("matchAnswers", answers.answersOf(actor.id()));
        data.put("schedules", schedules.schedulesOf(actor.id()));
        // Each chat with its arrangement: the proposed times and place, the common third's
        // challenge, and who confirmed the summary and next steps.
        data.put(
                "coffeeChats",
                chats.findByActor(actor.id()).stream()
                        .map(chat -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("chat", chat);
                            entry.put(
                                    "arrangement",
                                    arrangements.findByChat(chat.id()).orElse(null));
                            return entry;
                        })
                        .toList());
        data.put(
                "tableOutcomes",
                tableOutcomes.findInvolving(actor.id()).stream()
                        .map(o -> {
                            Map<String, Object> mine = new LinkedHashMap<>();
                            mine.put("eventId", o.eventId());
                            mine.put("roundId", o.roundId());
                            mine.put("tableId", o.tableId());
                            if (actor.id().equals(o.recordedBy()) || actor.id().equals(o.confirmedBy())) {
                                mine.put("recordedByMe", actor.id().equals(o.recordedBy()));
                                mine.put("confirmedByMe", actor.id().equals(o.confirmedBy()));
                                mine.put("findings", o.findings());
                            }
                            mine.put(
                                    "nextStepsIOwn",
                                    o.steps().stream()
                                            .filter(st -> st.owner().isPerson(actor.id()))
                                            .toList());
                            mine.put(
                                    "myComments",
                                    o.comments().stream()
                                            .filter(c -> c.authorId().equals(actor.id()))
                                            .toList());
                            return mine;
                        })
                        .toList());
        data.put(
                "mails",
                outbox.findByRecipient(actor.email().value()).stream()
                        .map(m -> Map.of("subject", m.subject(), "body", m.body(), "sentAt", m.sentAt()))
                        .toList());
        return data;
    }

    @RolesAllowed("PARTICIPANT")
    public byte[] json() {
        exportAudit.downloaded(null, "mydata.JSON");
        try {
            return json.writeValueAsBytes(everything());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write my data as JSON", e);
        }
    }

    /** Deletes my account: I am anonymised, my seats and matches released, my login removed. */
    @RolesAllowed("PARTICIPANT")
    public void deleteMyAccount() {
        UserAccount account = me.account();
        Actor actor = me.actor();
        departure.leave(actor.id(), account.id(), "participant");
    }
}
