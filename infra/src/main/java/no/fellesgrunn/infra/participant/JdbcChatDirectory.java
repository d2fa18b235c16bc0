package no.fellesgrunn.infra.participant;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/** Who lets anyone at the events, not only their matches, invite them to a coffee chat. */
@Repository
public class JdbcChatDirectory {
    private final Jdbc jdbc;

    public JdbcChatDirectory(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public boolean isListed(UUID actorId) {
        return jdbc.client()
                        .sql("select count(*) from coffee_chat_directory where actor_id = ?")
                        .param(actorId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void setListed(UUID actorId, boolean listed) {
        if (listed) {
            jdbc.template()
                    .update("insert into coffee_chat_directory (actor_id) values (?) on conflict do nothing", actorId);
        } else {
            jdbc.template().update("delete from coffee_chat_directory where actor_id = ?", actorId);
        }
    }

    public Set<UUID> listed() {
        return new HashSet<>(jdbc.client()
                .sql("select actor_id from coffee_chat_directory")
                .query(UUID.class)
                .list());
    }
}
