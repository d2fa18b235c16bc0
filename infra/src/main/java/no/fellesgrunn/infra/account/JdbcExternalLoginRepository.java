package no.fellesgrunn.infra.account;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.ExternalLogin;
import no.fellesgrunn.domain.account.ExternalLoginRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links between OpenID Connect identities and accounts, in {@code external_login}. */
@Repository
public class JdbcExternalLoginRepository implements ExternalLoginRepository {
    private final JdbcClient jdbc;

    public JdbcExternalLoginRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<UUID> accountFor(String issuer, String subject) {
        return jdbc.sql("select account_id from external_login where issuer = :issuer and subject = :subject")
                .param("issuer", issuer)
                .param("subject", subject)
                .query(UUID.class)
                .optional();
    }

    @Override
    public void link(ExternalLogin login) {
        jdbc.sql("""
                insert into external_login (issuer, subject, account_id, linked_at, linked_by)
                values (:issuer, :subject, :account, :at, :by) on conflict (issuer, subject) do nothing
                """)
                .param("issuer", login.issuer())
                .param("subject", login.subject())
                .param("account", login.accountId())
                .param("at", Timestamp.from(login.linkedAt()))
                .param("by", login.linkedBy().name())
                .update();
    }

    @Override
    public List<ExternalLogin> forAccount(UUID accountId) {
        return jdbc.sql(
                        "select issuer, subject, account_id, linked_at, linked_by from external_login where account_id = :id order by linked_at")
                .param("id", accountId)
                .query((rs, n) -> new ExternalLogin(
                        rs.getString("issuer"),
                        rs.getString("subject"),
                        rs.getObject("account_id", UUID.class),
                        rs.getTimestamp("linked_at").toInstant(),
                        ExternalLogin.LinkedBy.valueOf(rs.getString("linked_by"))))
                .list();
    }
}
