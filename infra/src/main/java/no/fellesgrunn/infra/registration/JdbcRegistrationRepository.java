package no.fellesgrunn.infra.registration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.registration.ParticipantFilter;
import no.fellesgrunn.domain.registration.ParticipantListing;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcRegistrationRepository implements RegistrationRepository {
    private final Jdbc jdbc;

    public JdbcRegistrationRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<Registration> findById(UUID id) {
        return load("r.id = ?", id).stream().findFirst();
    }

    @Override
    public Optional<Registration> findByEventAndActor(UUID eventId, UUID actorId) {
        return load("r.event_id = ? and r.actor_id = ?", eventId, actorId).stream()
                .findFirst();
    }

    @Override
    public List<Registration> findByEvent(UUID eventId) {
        return load("r.event_id = ?", eventId);
    }

    @Override
    public List<Registration> findByActor(UUID actorId) {
        return load("r.actor_id = ?", actorId);
    }

    /** Every actor's events, in one query: who takes part where, for deciding whose profile an import may change. */
    public Map<UUID, Set<UUID>> eventsByActor() {
        Map<UUID, Set<UUID>> events = new HashMap<>();
        jdbc.template().query("select actor_id, event_id from registration", rs -> {
            events.computeIfAbsent(Jdbc.uuid(rs, "actor_id"), k -> new HashSet<>())
                    .add(Jdbc.uuid(rs, "event_id"));
        });
        return events;
    }

    private List<Registration> load(String condition, Object... params) {
        Map<UUID, Set<UUID>> rounds = new HashMap<>();
        jdbc.template()
                .query(
                        "select x.registration_id, x.round_id from registration_round x "
                                + "join registration r on r.id = x.registration_id where " + condition,
                        rs -> {
                            rounds.computeIfAbsent(Jdbc.uuid(rs, "registration_id"), k -> new HashSet<>())
                                    .add(Jdbc.uuid(rs, "round_id"));
                        },
                        params);
        Map<UUID, List<UUID>> wishes = new HashMap<>();
        jdbc.template()
                .query(
                        "select x.registration_id, x.challenge_id from registration_wish x "
                                + "join registration r on r.id = x.registration_id where " + condition
                                + " order by x.registration_id, x.rank",
                        rs -> {
                            wishes.computeIfAbsent(Jdbc.uuid(rs, "registration_id"), k -> new ArrayList<>())
                                    .add(Jdbc.uuid(rs, "challenge_id"));
                        },
                        params);
        return jdbc.template()
                .query(
                        "select r.* from registration r where " + condition + " order by r.id",
                        (rs, n) -> {
                            UUID id = Jdbc.uuid(rs, "id");
                            return new Registration(
                                    id,
                                    Jdbc.uuid(rs, "event_id"),
                                    Jdbc.uuid(rs, "actor_id"),
                                    rounds.getOrDefault(id, Set.of()),
                                    wishes.getOrDefault(id, List.of()),
                                    rs.getBoolean("needs_accessible_table"),
                                    rs.getString("venue_needs"),
                                    RegistrationStatus.valueOf(rs.getString("status")),
                                    rs.getInt("version"));
                        },
                        params);
    }

    /** "the registration of Kari Nordmann for Regional møteplass Bodø", for a refused edit. */
    private String describe(Registration r) {
        return jdbc.client()
                .sql("select a.name || ' for ' || e.name from actor a, regional_event e where a.id = ? and e.id = ?")
                .params(r.actorId(), r.eventId())
                .query(String.class)
                .optional()
                .map(s -> "the registration of " + s)
                .orElse("registration " + r.id());
    }

    @Override
    public Registration save(Registration registration, String editedBy) {
        return saveAll(List.of(registration), editedBy).get(0);
    }

    @Override
    public List<Registration> saveAll(Collection<Registration> registrations, String editedBy) {
        return jdbc.inTransaction(() -> {
            List<Registration> saved = new ArrayList<>();
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> roundRows = new ArrayList<>();
            List<Object[]> wishRows = new ArrayList<>();
            for (Registration r : registrations) {
                if (r.version() == 0) {
                    inserts.add(new Object[] {
                        r.id(),
                        r.eventId(),
                        r.actorId(),
                        r.needsAccessibleTable(),
                        r.venueNeeds(),
                        r.status().name(),
                        editedBy
                    });
                } else {
                    int rows = jdbc.template()
                            .update(
                                    "update registration set needs_accessible_table = ?, venue_needs = ?, "
                                            + "status = ?, version = version + 1, updated_by = ?, updated_at = now() where id = ? and version = ?",
                                    r.needsAccessibleTable(),
                                    r.venueNeeds(),
                                    r.status().name(),
                                    editedBy,
                                    r.id(),
                                    r.version());
                    jdbc.requireUpdated(rows, "registration", r.id(), r.version(), () -> describe(r));
                    jdbc.template().update("delete from registration_round where registration_id = ?", r.id());
                    jdbc.template().update("delete from registration_wish where registration_id = ?", r.id());
                }
                r.availableRounds().forEach(round -> roundRows.add(new Object[] {r.id(), round}));
                for (int i = 0; i < r.wishes().size(); i++) {
                    wishRows.add(new Object[] {r.id(), i + 1, r.wishes().get(i)});
                }
                saved.add(r.withVersion(r.version() + 1));
            }
            jdbc.template()
                    .batchUpdate(
                            "insert into registration (id, event_id, actor_id, needs_accessible_table, venue_needs, "
                                    + "status, version, updated_by) values (?, ?, ?, ?, ?, ?, 1, ?)",
                            inserts);
            jdbc.template()
                    .batchUpdate("insert into registration_round (registration_id, round_id) values (?, ?)", roundRows);
            jdbc.template()
                    .batchUpdate(
                            "insert into registration_wish (registration_id, rank, challenge_id) values (?, ?, ?)",
                            wishRows);
            return saved;
        });
    }

    @Override
    public int countParticipants(UUID eventId, ParticipantFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = participantCondition(eventId, filter, params);
        return jdbc.template()
                .queryForObject(
                        "select count(*) from registration r join actor a on a.id = r.actor_id "
                                + "left join organisation o on o.id = a.organisation_id where " + where,
                        Integer.class,
                        params.toArray());
    }

    @Override
    public List<ParticipantListing> findParticipants(UUID eventId, ParticipantFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = participantCondition(eventId, filter, params);
        params.add(Math.max(0, offset));
        params.add(Math.max(0, limit));
        // One query for the page, ordered by name (then id, so pages never overlap); the wish count
        // is a correlated sub-query so only the page's rows pay for it.
        return jdbc.template()
                .query(
                        "select r.id, r.actor_id, a.name, a.email, o.name as organisation, o.sector, "
                                + "a.home_municipality, r.status, r.needs_accessible_table, a.user_account_id is not null as has_account, "
                                + "(select count(*) from registration_wish w where w.registration_id = r.id) as wishes "
                                + "from registration r join actor a on a.id = r.actor_id "
                                + "left join organisation o on o.id = a.organisation_id where " + where
                                + " order by lower(a.name), r.id offset ? limit ?",
                        (rs, n) -> new ParticipantListing(
                                Jdbc.uuid(rs, "id"),
                                Jdbc.uuid(rs, "actor_id"),
                                rs.getString("name"),
                                rs.getString("email"),
                                rs.getString("organisation"),
                                rs.getString("sector") == null
                                        ? Sector.CITIZEN
                                        : Sector.valueOf(rs.getString("sector")),
                                rs.getString("home_municipality"),
                                RegistrationStatus.valueOf(rs.getString("status")),
                                rs.getBoolean("needs_accessible_table"),
                                rs.getInt("wishes"),
                                rs.getBoolean("has_account")),
                        params.toArray());
    }

    private static String participantCondition(UUID eventId, ParticipantFilter f, List<Object> params) {
        StringBuilder where = new StringBuilder("r.event_id = ?");
        params.add(eventId);
        if (f.search() != null) {
            String like = "%"
                    + f.search()
                            .toLowerCase()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            where.append(" and (lower(a.name) like ? or a.email like ? or lower(coalesce(o.name, '')) like ?)");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (f.sector() == Sector.CITIZEN) {
            where.append(" and o.id is null");
        } else if (f.sector() != null) {
            where.append(" and o.sector = ?");
            params.add(f.sector().name());
        }
        if (f.perspective() != null) {
            where.append(
                    " and exists (select 1 from actor_perspective p where p.actor_id = a.id and p.perspective = ?)");
            params.add(f.perspective().name());
        }
        if (f.theme() != null) {
            where.append(" and exists (select 1 from actor_theme t where t.actor_id = a.id and t.theme_key = ?)");
            params.add(f.theme());
        }
        if (f.municipality() != null) {
            where.append(" and a.home_municipality = ?");
            params.add(f.municipality());
        }
        if (f.status() != null) {
            where.append(" and r.status = ?");
            params.add(f.status().name());
        }
        return where.toString();
    }
}
