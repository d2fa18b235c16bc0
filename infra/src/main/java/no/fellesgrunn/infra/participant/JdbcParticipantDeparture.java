package no.fellesgrunn.infra.participant;

import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/**
 * A participant deletes their account. The actor row stays (registrations, coffee chats and next
 * steps of the other people point at it) but carries nothing that says who it was: organisers see
 * that a participant left, not who (not even their home municipality). Their seats and matches are released so the places and the
 * partners can be given to others; the login and every invitation link for them are deleted, and
 * the actor is marked as having left ({@link Actor#hasLeft()}) so that no new link can revive it.
 */
@Repository
public class JdbcParticipantDeparture {
    /** Shown where the name was. Stored, not translated: it replaces personal data in the database. */
    public static final String LEFT_NAME = "Deltaker som har sluttet";

    private final Jdbc jdbc;

    public JdbcParticipantDeparture(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public void leave(UUID actorId, UUID userAccountId, String editedBy) {
        jdbc.inTransaction(() -> {
            String email = jdbc.client()
                    .sql("select email from actor where id = ?")
                    .param(actorId)
                    .query(String.class)
                    .single();
            jdbc.template().update("delete from seat where actor_id = ?", actorId);
            jdbc.template().update("delete from actor_match where actor_a = ? or actor_b = ?", actorId, actorId);
            jdbc.template()
                    .update(
                            "update registration set status = 'CANCELLED', venue_needs = null, "
                                    + "version = version + 1, updated_by = ?, updated_at = now() "
                                    + "where actor_id = ? and status <> 'CANCELLED'",
                            editedBy,
                            actorId);
            jdbc.template()
                    .update(
                            "delete from registration_wish where registration_id in (select id from registration where actor_id = ?)",
                            actorId);
            jdbc.template().update("delete from actor_theme where actor_id = ?", actorId);
            jdbc.template().update("delete from actor_perspective where actor_id = ?", actorId);
            jdbc.template().update("delete from calendar_subscription where actor_id = ?", actorId);
            jdbc.template().update("delete from coffee_chat_directory where actor_id = ?", actorId);
            jdbc.template().update("delete from municipality_contact where actor_id = ?", actorId);
            jdbc.template().update("delete from municipality_digest where actor_id = ?", actorId);
            jdbc.template()
                    .update("delete from participant_invitation where actor_id = ? or email = ?", actorId, email);
            jdbc.template().update("delete from invitation where actor_id = ?", actorId);
            jdbc.template().update("delete from mail_outbox where recipient = ?", email);
            jdbc.template()
                    .update(
                            "update actor set name = ?, email = ?, phone = null, organisation_id = null, role_title = null, home_municipality = null, "
                                    + "languages = '{}', accessibility_needs = null, show_email = false, show_phone = false, "
                                    + "show_organisation = false, user_account_id = null, version = version + 1, updated_by = ?, "
                                    + "updated_at = now() where id = ?",
                            LEFT_NAME,
                            Actor.leftEmail(actorId).value(),
                            editedBy,
                            actorId);
            if (userAccountId != null) {
                jdbc.template().update("delete from user_account where id = ?", userAccountId);
            }
            return null;
        });
    }
}
