package no.fellesgrunn.infra.outcome;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/** Each municipality's follow-up contacts, and the monthly digests claimed for them. */
@Repository
public class JdbcMunicipalityContacts {
    private final Jdbc jdbc;

    /** One contact of one municipality. */
    public record Contact(String municipality, UUID actorId, String name, String email) {}

    public JdbcMunicipalityContacts(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Names the actor a contact of the municipality; naming them twice changes nothing. */
    public void name(String municipality, UUID actorId, String by, Instant at) {
        jdbc.template()
                .update(
                        "insert into municipality_contact (municipality_number, actor_id, named_by, named_at) "
                                + "values (?, ?, ?, ?) on conflict do nothing",
                        municipality,
                        actorId,
                        by,
                        Timestamp.from(at));
    }

    public void remove(String municipality, UUID actorId) {
        jdbc.template()
                .update(
                        "delete from municipality_contact where municipality_number = ? and actor_id = ?",
                        municipality,
                        actorId);
    }

    /** Every contact, by municipality and name. */
    public List<Contact> all() {
        return load("", new Object[0]);
    }

    /** The municipalities the actor is a contact of (numbers). */
    public List<String> municipalitiesOf(UUID actorId) {
        return jdbc.template()
                .queryForList(
                        "select municipality_number from municipality_contact where actor_id = ? "
                                + "order by municipality_number",
                        String.class,
                        actorId);
    }

    /** Claims the digest of this month for this contact; true only for the first claim. */
    public boolean claimDigest(String municipality, UUID actorId, YearMonth month, Instant at) {
        return jdbc.template()
                        .update(
                                "insert into municipality_digest (municipality_number, actor_id, month, sent_at) "
                                        + "values (?, ?, ?, ?) on conflict do nothing",
                                municipality,
                                actorId,
                                java.sql.Date.valueOf(month.atDay(1)),
                                Timestamp.from(at))
                == 1;
    }

    private List<Contact> load(String where, Object[] params) {
        return jdbc.template()
                .query(
                        "select c.municipality_number, c.actor_id, a.name, a.email from municipality_contact c "
                                + "join actor a on a.id = c.actor_id " + where
                                + " order by c.municipality_number, a.name, a.id",
                        (rs, n) -> new Contact(
                                rs.getString(1), Jdbc.uuid(rs, "actor_id"), rs.getString(3), rs.getString(4)),
                        params);
    }
}
