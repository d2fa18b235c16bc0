package no.fellesgrunn.infra.actor;

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
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.ThemeInterest;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcActorRepository implements ActorRepository {
    private static final String SELECT = "select a.id, a.name, a.email, a.phone, a.organisation_id, a.role_title, "
            + "a.home_municipality, a.languages, a.accessibility_needs, a.show_email, a.show_phone, a.show_organisation, "
            + "a.user_account_id, a.version from actor a";
    private final Jdbc jdbc;

    public JdbcActorRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<Actor> findById(UUID id) {
        return load("a.id = ?", id).stream().findFirst();
    }

    @Override
    public Optional<Actor> findByEmail(Email email) {
        return load("a.email = ?", email.value()).stream().findFirst();
    }

    @Override
    public Optional<Actor> findByUserAccount(UUID userAccountId) {
        return load("a.user_account_id = ?", userAccountId).stream().findFirst();
    }

    @Override
    public List<Actor> findAll() {
        return load("true");
    }

    @Override
    public List<Actor> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load("a.id = any(cast(? as uuid[]))", (Object)
                ids.stream().map(UUID::toString).toArray(String[]::new));
    }

    @Override
    public long count() {
        return jdbc.client().sql("select count(*) from actor").query(Long.class).single();
    }

    /** Reads actors and their themes and perspectives in three queries, whatever their number. */
    private List<Actor> load(String condition, Object... params) {
        Map<UUID, List<ThemeInterest>> themes = new HashMap<>();
        jdbc.template()
                .query(
                        "select t.actor_id, t.theme_key, t.priority from actor_theme t join actor a on a.id = t.actor_id where "
                                + condition,
                        rs -> {
                            themes.computeIfAbsent(Jdbc.uuid(rs, "actor_id"), k -> new ArrayList<>())
                                    .add(new ThemeInterest(rs.getString("theme_key"), rs.getInt("priority")));
                        },
                        params);
        Map<UUID, Set<Perspective>> perspectives = new HashMap<>();
        jdbc.template()
                .query(
                        "select p.actor_id, p.perspective from actor_perspective p join actor a on a.id = p.actor_id where "
                                + condition,
                        rs -> {
                            perspectives
                                    .computeIfAbsent(Jdbc.uuid(rs, "actor_id"), k -> new HashSet<>())
                                    .add(Perspective.valueOf(rs.getString("perspective")));
                        },
                        params);
        return jdbc.template()
                .query(
                        SELECT + " where " + condition + " order by a.name, a.email",
                        (rs, n) -> map(rs, themes, perspectives),
                        params);
    }

    private Actor map(ResultSet rs, Map<UUID, List<ThemeInterest>> themes, Map<UUID, Set<Perspective>> perspectives)
            throws SQLException {
        UUID id = Jdbc.uuid(rs, "id");
        return new Actor(
                id,
                rs.getString("name"),
                new Email(rs.getString("email")),
                rs.getString("phone"),
                Jdbc.uuid(rs, "organisation_id"),
                rs.getString("role_title"),
                rs.getString("home_municipality"),
                themes.getOrDefault(id, List.of()),
                perspectives.getOrDefault(id, Set.of()),
                new HashSet<>(Jdbc.list(rs, "languages")),
                rs.getString("accessibility_needs"),
                new Consent(
                        rs.getBoolean("show_email"), rs.getBoolean("show_phone"), rs.getBoolean("show_organisation")),
                Jdbc.uuid(rs, "user_account_id"),
                rs.getInt("version"));
    }

    @Override
    public Actor save(Actor actor, String editedBy) {
        return saveAll(List.of(actor), editedBy).get(0);
    }

    @Override
    public List<Actor> saveAll(Collection<Actor> actors, String editedBy) {
        return jdbc.inTransaction(() -> {
            List<Object[]> inserts = new ArrayList<>();
            List<Actor> saved = new ArrayList<>();
            for (Actor a : actors) {
                if (a.version() == 0) {
                    inserts.add(new Object[] {
                        a.id(),
                        a.name(),
                        a.email().value(),
                        a.phone(),
                        a.organisationId(),
                        a.roleTitle(),
                        a.homeMunicipality(),
                        Jdbc.textArray(a.languages()),
                        a.accessibilityNeeds(),
                        a.consent().showEmail(),
                        a.consent().showPhone(),
                        a.consent().showOrganisation(),
                        a.userAccountId(),
                        editedBy
                    });
                } else {
                    int rows = jdbc.template()
                            .update(
                                    "update actor set name = ?, email = ?, phone = ?, organisation_id = ?, "
                                            + "role_title = ?, home_municipality = ?, languages = ?, accessibility_needs = ?, "
                                            + "show_email = ?, show_phone = ?, show_organisation = ?, user_account_id = ?, "
                                            + "version = version + 1, updated_by = ?, updated_at = now() where id = ? and version = ?",
                                    a.name(),
                                    a.email().value(),
                                    a.phone(),
                                    a.organisationId(),
                                    a.roleTitle(),
                                    a.homeMunicipality(),
                                    Jdbc.textArray(a.languages()),
                                    a.accessibilityNeeds(),
                                    a.consent().showEmail(),
                                    a.consent().showPhone(),
                                    a.consent().showOrganisation(),
                                    a.userAccountId(),
                                    editedBy,
                                    a.id(),
                                    a.version());
                    jdbc.requireUpdated(
                            rows, "actor", a.id(), a.version(), "actor " + a.name() + " <" + a.email() + ">");
                    jdbc.template().update("delete from actor_theme where actor_id = ?", a.id());
                    jdbc.template().update("delete from actor_perspective where actor_id = ?", a.id());
                }
                saved.add(a.withVersion(a.version() + 1));
            }
            if (!inserts.isEmpty()) {
                jdbc.template()
                        .batchUpdate(
                                "insert into actor (id, name, email, phone, organisation_id, role_title, "
                                        + "home_municipality, languages, accessibility_needs, show_email, show_phone, show_organisation, "
                                        + "user_account_id, version, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                                inserts);
            }
            List<Object[]> themeRows = new ArrayList<>();
            List<Object[]> perspectiveRows = new ArrayList<>();
            for (Actor a : actors) {
                a.themes().forEach(t -> themeRows.add(new Object[] {a.id(), t.themeKey(), t.priority()}));
                a.perspectives().forEach(p -> perspectiveRows.add(new Object[] {a.id(), p.name()}));
            }
            jdbc.template()
                    .batchUpdate("insert into actor_theme (actor_id, theme_key, priority) values (?, ?, ?)", themeRows);
            jdbc.template()
                    .batchUpdate(
                            "insert into actor_perspective (actor_id, perspective) values (?, ?)", perspectiveRows);
            return saved;
        });
    }
}
