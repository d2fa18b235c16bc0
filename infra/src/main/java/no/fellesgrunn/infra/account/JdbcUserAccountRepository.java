package no.fellesgrunn.infra.account;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** User accounts in PostgreSQL. */
@Repository
public class JdbcUserAccountRepository implements UserAccountRepository {
    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.password_hash, a.enabled, a.version, r.role
            from user_account a left join user_account_role r on r.account_id = a.id
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcUserAccountRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return load(
                        SELECT + " where a.username = :username order by a.username",
                        Map.of("username", UserAccount.normaliseUsername(username)))
                .stream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findById(UUID id) {
        return load(SELECT + " where a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public List<UserAccount> findByRole(Role role) {
        return load(
                SELECT
                        + " where a.id in (select account_id from user_account_role where role = :role) order by a.display_name",
                Map.of("role", role.name()));
    }

    @Override
    public void add(UserAccount account) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into user_account (id, username, display_name, password_hash, enabled, version)
                    values (:id, :username, :displayName, :passwordHash, :enabled, :version)
                    """)
                    .param("id", account.id())
                    .param("username", account.username())
                    .param("displayName", account.displayName())
                    .param("passwordHash", account.passwordHash())
                    .param("enabled", account.enabled())
                    .param("version", account.version())
                    .update();
            for (Role role : account.roles()) {
                jdbc.sql("insert into user_account_role (account_id, role) values (:id, :role)")
                        .param("id", account.id())
                        .param("role", role.name())
                        .update();
            }
        });
    }

    @Override
    public Optional<String> preferredLanguage(String username) {
        return jdbc
                .sql("select preferred_language from user_account where username = ?")
                .param(UserAccount.normaliseUsername(username))
                .query(String.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    @Override
    public void choosePreferredLanguage(String username, String language) {
        if (!java.util.Set.of("nb", "nn", "en").contains(language)) {
            throw new IllegalArgumentException("language must be nb, nn or en, was " + language);
        }
        jdbc.sql("update user_account set preferred_language = ? where username = ?")
                .params(language, UserAccount.normaliseUsername(username))
                .update();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    /** Folds the one-row-per-role join back into accounts, keeping the query's order. */
    private List<UserAccount> load(String sql, Map<String, ?> params) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Row row = rows.computeIfAbsent(id, key -> {
                try {
                    return new Row(
                            id,
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getString("password_hash"),
                            rs.getBoolean("enabled"),
                            rs.getInt("version"),
                            EnumSet.noneOf(Role.class));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String role = rs.getString("role");
            if (role != null) {
                row.roles().add(Role.valueOf(role));
            }
        });
        return rows.values().stream()
                .map(r -> new UserAccount(
                        r.id(), r.username(), r.displayName(), r.passwordHash(), r.roles(), r.enabled(), r.version()))
                .toList();
    }

    private record Row(
            UUID id,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            int version,
            Set<Role> roles) {}
}
