package no.fellesgrunn.infra.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises the participants' personal data of an event past its retention time, in one
 * transaction per event:
 * <ul>
 * <li>every registration of the event loses its venue needs and accessible-table flag (health-related);</li>
 * <li>every participant of the event who takes part in no event still inside its retention time,
 * and is not an organiser or administrator, is anonymised: name "—", a meaningless address
 * ({@code anonymised-<id>@anonymised.invalid}), no phone, title, languages, accessibility needs, perspectives,
 * visibility or login (a participant-only login is deleted with its OpenID Connect links and
 * calendar feed); mails kept for them in the outbox, their invitation links and directory entry
 * for coffee chats go; the free text of their coffee chats (pitch, summary, place) is cleared.</li>
 * </ul>
 * What stays is what carries no person: the event, its tables and rounds, the anonymous actor rows
 * (so counts, seats, matches and statistics by organisation, municipality and theme still add up).
 */
@Repository
public class JdbcPersonalDataRetention {
    /** What an anonymised actor is called: a sign, not a word, so it reads the same in every language. */
    public static final String ANONYMOUS_NAME = "—";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcPersonalDataRetention(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public record Removal(UUID eventId, Instant removedAt, int registrationsCleared, int actorsAnonymised) {}

    /** Events held on or before the cutoff whose personal data is still there, oldest first. */
    public List<UUID> eventsDue(LocalDate heldOnOrBefore) {
        return jdbc.sql("""
                select e.id from regional_event e
                where e.event_date <= :cutoff and not exists (select 1 from personal_data_removal p where p.event_id = e.id)
                order by e.event_date, e.id
                """).param("cutoff", heldOnOrBefore).query(UUID.class).list();
    }

    public Optional<Removal> removal(UUID eventId) {
        return jdbc.sql(
                        "select event_id, removed_at, registrations_cleared, actors_anonymised from personal_data_removal where event_id = :id")
                .param("id", eventId)
                .query((rs, n) -> new Removal(
                        rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4)))
                .optional();
    }

    /**
     * Anonymises the event's participants as described above. {@code keepAfter}: events held after
     * this date are still inside their retention time, so their participants are kept.
     */
    public Removal anonymise(UUID eventId, LocalDate keepAfter, Instant now) {
        return transactions.execute(status -> {
            int cleared = jdbc.sql(
                            "update registration set venue_needs = null, needs_accessible_table = false where event_id = :event")
                    .param("event", eventId)
                    .update();
            List<UUID> people = jdbc.sql("""
                    select r.actor_id from registration r join actor a on a.id = r.actor_id
                    where r.event_id = :event and a.name <> :anonymous
                      and not exists (select 1 from registration other join regional_event e on e.id = other.event_id
                                      where other.actor_id = r.actor_id and e.event_date > :keepAfter)
                      and not exists (select 1 from user_account_role role where role.account_id = a.user_account_id
                                      and role.role in ('ORGANISER', 'ADMIN'))
                    """)
                    .param("event", eventId)
                    .param("anonymous", ANONYMOUS_NAME)
                    .param("keepAfter", keepAfter)
                    .query(UUID.class)
                    .list();
            for (UUID actor : people) {
                anonymiseActor(actor);
            }
            jdbc.sql("""
                    insert into personal_data_removal (event_id, removed_at, registrations_cleared, actors_anonymised)
                    values (:event, :at, :cleared, :actors)
                    """)
                    .param("event", eventId)
                    .param("at", Timestamp.from(now))
                    .param("cleared", cleared)
                    .param("actors", people.size())
                    .update();
            return new Removal(eventId, now, cleared, people.size());
        });
    }

    private void anonymiseActor(UUID actor) {
        jdbc.sql("delete from mail_outbox where recipient = (select email from actor where id = :id)")
                .param("id", actor)
                .update();
        jdbc.sql(
                        "delete from participant_invitation where actor_id = :id or email = (select email from actor where id = :id)")
                .param("id", actor)
                .update();
        jdbc.sql("delete from invitation where actor_id = :id")
                .param("id", actor)
                .update();
        jdbc.sql("delete from calendar_subscription where actor_id = :id")
                .param("id", actor)
                .update();
        jdbc.sql("delete from coffee_chat_directory where actor_id = :id")
                .param("id", actor)
                .update();
        jdbc.sql("delete from actor_perspective where actor_id = :id")
                .param("id", actor)
                .update();
        jdbc.sql("""
                update coffee_chat set pitch = null, summary = null, meeting_place = null
                where initiator_id = :id or partner_id = :id
                """).param("id", actor).update();
        jdbc.sql("update coffee_chat_arrangement set proposed_place = '' where coffee_chat_id in "
                        + "(select id from coffee_chat where initiator_id = :id or partner_id = :id)")
                .param("id", actor)
                .update();
        UUID account = jdbc.sql("select user_account_id from actor where id = :id")
                .param("id", actor)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .single()
                .orElse(null);
        jdbc.sql("""
                update actor set name = :anonymous, email = 'anonymised-' || id || '@anonymised.invalid', phone = null, role_title = null,
                    home_municipality = null,
                    languages = '{}', accessibility_needs = null, show_email = false, show_phone = false,
                    show_organisation = false, user_account_id = null, version = version + 1,
                    updated_by = 'retention', updated_at = now()
                where id = :id
                """).param("anonymous", ANONYMOUS_NAME).param("id", actor).update();
        if (account != null) {
            // Participant-only logins (organisers and administrators are never selected): roles and links cascade.
            jdbc.sql("delete from user_account where id = :account")
                    .param("account", account)
                    .update();
        }
    }
}
