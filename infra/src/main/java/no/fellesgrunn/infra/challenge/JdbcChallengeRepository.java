package no.fellesgrunn.infra.challenge;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.challenge.ChallengeStatus;
import no.fellesgrunn.domain.challenge.StatusChange;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcChallengeRepository implements ChallengeRepository {
    private final Jdbc jdbc;

    public JdbcChallengeRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<Challenge> findById(UUID id) {
        return load("c.id = ?", id).stream().findFirst();
    }

    @Override
    public List<Challenge> findAll() {
        return load("true");
    }

    @Override
    public List<Challenge> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load("c.id = any(cast(? as uuid[]))", (Object)
                ids.stream().map(UUID::toString).toArray(String[]::new));
    }

    @Override
    public Optional<Challenge> findByTitleAndOwner(String title, String ownerMunicipality) {
        return load("lower(c.title) = lower(?) and c.owner_municipality = ?", title.strip(), ownerMunicipality).stream()
                .findFirst();
    }

    private List<Challenge> load(String condition, Object... params) {
        Map<UUID, Set<String>> themes = new HashMap<>();
        jdbc.template()
                .query(
                        "select t.challenge_id, t.theme_key from challenge_theme t join challenge c on c.id = t.challenge_id where "
                                + condition,
                        rs -> {
                            themes.computeIfAbsent(Jdbc.uuid(rs, "challenge_id"), k -> new HashSet<>())
                                    .add(rs.getString("theme_key"));
                        },
                        params);
        Map<UUID, Set<Perspective>> perspectives = new HashMap<>();
        jdbc.template()
                .query(
                        "select p.challenge_id, p.perspective from challenge_perspective p join challenge c on c.id = p.challenge_id where "
                                + condition,
                        rs -> {
                            perspectives
                                    .computeIfAbsent(Jdbc.uuid(rs, "challenge_id"), k -> new HashSet<>())
                                    .add(Perspective.valueOf(rs.getString("perspective")));
                        },
                        params);
        Map<UUID, List<StatusChange>> history = new HashMap<>();
        jdbc.template()
                .query(
                        "select h.challenge_id, h.from_status, h.to_status, h.changed_at, h.changed_by "
                                + "from challenge_status_change h join challenge c on c.id = h.challenge_id where "
                                + condition
                                + " order by h.challenge_id, h.seq",
                        rs -> {
                            String from = rs.getString("from_status");
                            history.computeIfAbsent(Jdbc.uuid(rs, "challenge_id"), k -> new ArrayList<>())
                                    .add(new StatusChange(
                                            from == null ? null : ChallengeStatus.valueOf(from),
                                            ChallengeStatus.valueOf(rs.getString("to_status")),
                                            Jdbc.instant(rs, "changed_at"),
                                            rs.getString("changed_by")));
                        },
                        params);
        return jdbc.template()
                .query(
                        "select c.id, c.title, c.description, c.owner_municipality, c.host_actor_id, c.status, "
                                + "c.version from challenge c where " + condition
                                + " order by c.title, c.owner_municipality",
                        (rs, n) -> map(rs, themes, perspectives, history),
                        params);
    }

    private Challenge map(
            ResultSet rs,
            Map<UUID, Set<String>> themes,
            Map<UUID, Set<Perspective>> perspectives,
            Map<UUID, List<StatusChange>> history)
            throws SQLException {
        UUID id = Jdbc.uuid(rs, "id");
        return new Challenge(
                id,
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("owner_municipality"),
                Jdbc.uuid(rs, "host_actor_id"),
                themes.getOrDefault(id, Set.of()),
                perspectives.getOrDefault(id, Set.of()),
                ChallengeStatus.valueOf(rs.getString("status")),
                history.getOrDefault(id, List.of()),
                rs.getInt("version"));
    }

    @Override
    public Challenge save(Challenge challenge, String editedBy) {
        return saveAll(List.of(challenge), editedBy).get(0);
    }

    @Override
    public List<Challenge> saveAll(Collection<Challenge> challenges, String editedBy) {
        return jdbc.inTransaction(() -> {
            List<Challenge> saved = new ArrayList<>();
            List<Object[]> themeRows = new ArrayList<>();
            List<Object[]> perspectiveRows = new ArrayList<>();
            List<Object[]> historyRows = new ArrayList<>();
            for (Challenge c : challenges) {
                if (c.version() == 0) {
                    jdbc.template()
                            .update(
                                    "insert into challenge (id, title, description, owner_municipality, host_actor_id, "
                                            + "status, version, updated_by) values (?, ?, ?, ?, ?, ?, 1, ?)",
                                    c.id(),
                                    c.title(),
                                    c.description(),
                                    c.ownerMunicipality(),
                                    c.hostActorId(),
                                    c.status().name(),
                                    editedBy);
                } else {
                    int rows = jdbc.template()
                            .update(
                                    "update challenge set title = ?, description = ?, owner_municipality = ?, "
                                            + "host_actor_id = ?, status = ?, version = version + 1, updated_by = ?, updated_at = now() "
                                            + "where id = ? and version = ?",
                                    c.title(),
                                    c.description(),
                                    c.ownerMunicipality(),
                                    c.hostActorId(),
                                    c.status().name(),
                                    editedBy,
                                    c.id(),
                                    c.version());
                    jdbc.requireUpdated(rows, "challenge", c.id(), c.version(), "challenge '" + c.title() + "'");
                    for (String table :
                            List.of("challenge_theme", "challenge_perspective", "challenge_status_change")) {
                        jdbc.template().update("delete from " + table + " where challenge_id = ?", c.id());
                    }
                }
                c.themes().forEach(t -> themeRows.add(new Object[] {c.id(), t}));
                c.neededPerspectives().forEach(p -> perspectiveRows.add(new Object[] {c.id(), p.name()}));
                for (int i = 0; i < c.history().size(); i++) {
                    StatusChange h = c.history().get(i);
                    historyRows.add(new Object[] {
                        c.id(),
                        i + 1,
                        h.from() == null ? null : h.from().name(),
                        h.to().name(),
                        Jdbc.timestamp(h.at()),
                        h.by()
                    });
                }
                saved.add(c.withVersion(c.version() + 1));
            }
            jdbc.template()
                    .batchUpdate("insert into challenge_theme (challenge_id, theme_key) values (?, ?)", themeRows);
            jdbc.template()
                    .batchUpdate(
                            "insert into challenge_perspective (challenge_id, perspective) values (?, ?)",
                            perspectiveRows);
            jdbc.template()
                    .batchUpdate(
                            "insert into challenge_status_change (challenge_id, seq, from_status, to_status, "
                                    + "changed_at, changed_by) values (?, ?, ?, ?, ?, ?)",
                            historyRows);
            return saved;
        });
    }
}
