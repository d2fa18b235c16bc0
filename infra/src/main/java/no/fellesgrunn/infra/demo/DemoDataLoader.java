package no.fellesgrunn.infra.demo;

import java.util.List;
import javax.sql.DataSource;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.challenge.JdbcChallengeRepository;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.organisation.JdbcOrganisationRepository;
import no.fellesgrunn.infra.persistence.Jdbc;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the generated demo data (Regional møteplass Bodø and Agder) on
 * first start. Does nothing when any event exists, so calling it at every start is safe.
 */
@Component
public class DemoDataLoader {
    public static final String EDITED_BY = "demo data";
    private final Jdbc jdbc;
    private final DataSource dataSource;

    public DemoDataLoader(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
    }

    /** Loads the standard demo data if the database has no events; returns true if it did. */
    public boolean loadIfEmpty() {
        return loadIfEmpty(DemoDataGenerator.standard());
    }

    /** Loads the given data set if the database has no events, all in one transaction. */
    public boolean loadIfEmpty(DemoData data) {
        return jdbc.inTransaction(() -> {
            // Serialises concurrent first starts: the second waits, then sees the events.
            jdbc.template().execute("lock table regional_event in exclusive mode");
            if (jdbc.client()
                            .sql("select count(*) from regional_event")
                            .query(Long.class)
                            .single()
                    > 0) {
                return false;
            }
            store(data);
            return true;
        });
    }

    private void store(DemoData data) {
        new JdbcOrganisationRepository(dataSource).saveAll(data.organisations(), EDITED_BY);
        new JdbcActorRepository(dataSource).saveAll(data.actors(), EDITED_BY);
        new JdbcChallengeRepository(dataSource).saveAll(data.challenges(), EDITED_BY);
        JdbcRegionalEventRepository events = new JdbcRegionalEventRepository(dataSource);
        for (RegionalEvent event : data.events()) {
            events.save(event, EDITED_BY);
        }
        new JdbcRegistrationRepository(dataSource).saveAll(data.registrations(), EDITED_BY);
    }

    /** The demo data's events as stored, for logging what was loaded. */
    public List<RegionalEvent> events() {
        return new JdbcRegionalEventRepository(dataSource).findAll();
    }
}
