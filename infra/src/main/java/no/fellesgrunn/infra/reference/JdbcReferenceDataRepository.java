package no.fellesgrunn.infra.reference;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.SdgGoal;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/**
 * Counties, municipalities and UN goals (loaded by migration V3) and the editable theme vocabulary.
 * All of it is read on many pages and changes at runtime only through {@link #saveTheme}, so it is
 * kept in memory: counties, municipalities and goals once loaded, themes until the next saveTheme
 * on this node or for at most {@link #THEMES_FRESH} (a theme saved on another node is seen here
 * within that time; docs/performance.md).
 */
@Repository
public class JdbcReferenceDataRepository implements ReferenceDataRepository {
    private final Jdbc jdbc;
    private volatile List<County> counties;
    private volatile Map<String, Municipality> municipalities;
    private volatile List<SdgGoal> goals;
    /** How long the themes read here are used before they are read again. */
    static final Duration THEMES_FRESH = Duration.ofSeconds(60);

    private final Duration themesFresh;
    private volatile Loaded<List<Theme>> themes;

    /** A cached value and when it was read ({@link System#nanoTime()}). */
    private record Loaded<T>(T value, long at) {
        boolean fresh(Duration maxAge) {
            return System.nanoTime() - at < maxAge.toNanos();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    public JdbcReferenceDataRepository(DataSource dataSource) {
        this(dataSource, THEMES_FRESH);
    }

    JdbcReferenceDataRepository(DataSource dataSource, Duration themesFresh) {
        this.jdbc = new Jdbc(dataSource);
        this.themesFresh = themesFresh;
    }

    @Override
    public List<County> counties() {
        List<County> cached = counties;
        if (cached == null) {
            cached = List.copyOf(loadCounties());
            counties = cached;
        }
        return new java.util.ArrayList<>(cached);
    }

    private List<County> loadCounties() {
        return jdbc.client()
                .sql("select code, name from county order by code")
                .query((rs, n) -> new County(rs.getString(1), rs.getString(2)))
                .list();
    }

    @Override
    public List<Municipality> municipalities() {
        return new java.util.ArrayList<>(municipalityMap().values());
    }

    @Override
    public Optional<Municipality> municipality(String number) {
        return number == null
                ? Optional.empty()
                : Optional.ofNullable(municipalityMap().get(number));
    }

    private Map<String, Municipality> municipalityMap() {
        Map<String, Municipality> cached = municipalities;
        if (cached == null) {
            Map<String, Municipality> loaded = new java.util.LinkedHashMap<>();
            jdbc.client()
                    .sql("select number, name from municipality order by number")
                    .query((rs, n) -> new Municipality(rs.getString(1), rs.getString(2)))
                    .list()
                    .forEach(m -> loaded.put(m.number(), m));
            cached = java.util.Collections.unmodifiableMap(loaded);
            municipalities = cached;
        }
        return cached;
    }

    @Override
    public List<SdgGoal> sdgGoals() {
        List<SdgGoal> cached = goals;
        if (cached == null) {
            cached = List.copyOf(loadGoals());
            goals = cached;
        }
        return new java.util.ArrayList<>(cached);
    }

    private List<SdgGoal> loadGoals() {
        return jdbc.client()
                .sql("select number, name_nb, name_en from sdg_goal order by number")
                .query((rs, n) -> new SdgGoal(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Override
    public List<Theme> themes() {
        Loaded<List<Theme>> cached = themes;
        if (cached == null || !cached.fresh(themesFresh)) {
            cached = new Loaded<>(List.copyOf(loadThemes("")), System.nanoTime());
            themes = cached;
        }
        return new java.util.ArrayList<>(cached.value());
    }

    @Override
    public Optional<Theme> theme(String key) {
        return themes().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private List<Theme> loadThemes(String key) {
        String where = key.isEmpty() ? "" : " where theme_key = :key";
        Map<String, Set<Integer>> goals = new HashMap<>();
        jdbc.client()
                .sql("select theme_key, goal from theme_sdg_goal" + where)
                .param("key", key)
                .query(rs -> {
                    goals.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getInt(2));
                });
        return jdbc.client()
                .sql("select key, name_nb, name_nn, name_en, curated, version from theme"
                        + (key.isEmpty() ? "" : " where key = :key") + " order by curated desc, name_nb")
                .param("key", key)
                .query((rs, n) -> new Theme(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        goals.getOrDefault(rs.getString(1), Set.of()),
                        rs.getBoolean(5),
                        rs.getInt(6)))
                .list();
    }

    @Override
    public Theme saveTheme(Theme theme, String editedBy) {
        try {
            return store(theme, editedBy);
        } finally {
            themes = null;
        }
    }

    private Theme store(Theme theme, String editedBy) {
        return jdbc.inTransaction(() -> {
            if (theme.version() == 0) {
                jdbc.client()
                        .sql(
                                "insert into theme (key, name_nb, name_nn, name_en, curated, version, updated_by) values (?, ?, ?, ?, ?, 1, ?)")
                        .params(theme.key(), theme.nameNb(), theme.nameNn(), theme.nameEn(), theme.curated(), editedBy)
                        .update();
            } else {
                int rows = jdbc.client()
                        .sql(
                                "update theme set name_nb = ?, name_nn = ?, name_en = ?, version = version + 1, updated_by = ?, "
                                        + "updated_at = now() where key = ? and version = ?")
                        .params(theme.nameNb(), theme.nameNn(), theme.nameEn(), editedBy, theme.key(), theme.version())
                        .update();
                if (rows != 1) {
                    Theme current = loadThemes(theme.key()).stream().findFirst().orElse(null);
                    String by = jdbc.client()
                            .sql("select updated_by from theme where key = ?")
                            .param(theme.key())
                            .query(String.class)
                            .optional()
                            .orElse(null);
                    throw current == null
                            ? no.fellesgrunn.domain.common.StaleEditException.deleted(
                                    "theme '" + theme.nameNb() + "'", theme.version())
                            : new no.fellesgrunn.domain.common.StaleEditException(
                                    "theme '" + theme.nameNb() + "'", theme.version(), current.version(), by, null);
                }
                jdbc.client()
                        .sql("delete from theme_sdg_goal where theme_key = ?")
                        .param(theme.key())
                        .update();
            }
            for (int goal : theme.sdgGoals()) {
                jdbc.client()
                        .sql("insert into theme_sdg_goal (theme_key, goal) values (?, ?)")
                        .params(theme.key(), goal)
                        .update();
            }
            return theme.withVersion(theme.version() + 1);
        });
    }
}
