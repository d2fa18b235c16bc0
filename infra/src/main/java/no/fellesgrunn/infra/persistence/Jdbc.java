package no.fellesgrunn.infra.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import no.fellesgrunn.domain.common.StaleEditException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every repository needs: JDBC access, transactions on the same DataSource (so a repository
 * call joins an import's surrounding transaction), and the optimistic-locking check.
 */
public final class Jdbc {
    private final JdbcClient client;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;

    public Jdbc(DataSource dataSource) {
        this.client = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public JdbcClient client() {
        return client;
    }

    public JdbcTemplate template() {
        return template;
    }

    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /**
     * Called after {@code update ... where id = ? and version = ?}: if no row changed, somebody else
     * saved (or deleted) it since it was read, and the edit is refused with who and when.
     */
    public void requireUpdated(int rows, String table, UUID id, int staleVersion, String what) {
        requireUpdated(rows, table, id, staleVersion, () -> what);
    }

    /** As above, with the description made only when the edit is refused (it may need a query). */
    public void requireUpdated(int rows, String table, UUID id, int staleVersion, Supplier<String> describe) {
        if (rows == 1) {
            return;
        }
        String what = describe.get();
        List<StaleEditException> found = client.sql(
                        "select version, updated_by, updated_at from " + table + " where id = ?")
                .param(id)
                .query((rs, n) -> new StaleEditException(
                        what,
                        staleVersion,
                        rs.getInt("version"),
                        rs.getString("updated_by"),
                        instant(rs, "updated_at")))
                .list();
        throw found.isEmpty() ? StaleEditException.deleted(what, staleVersion) : found.get(0);
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    public static LocalDateTime localDateTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static String[] textArray(Collection<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    public static List<String> list(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
