package no.fellesgrunn.infra.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationNumber;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcOrganisationRepository implements OrganisationRepository {
    private static final String COLUMNS =
            "select id, name, org_number, sector, municipality_number, version from organisation";
    private final Jdbc jdbc;

    public JdbcOrganisationRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<Organisation> findById(UUID id) {
        return jdbc.client()
                .sql(COLUMNS + " where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    @Override
    public List<Organisation> findByIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.client()
                .sql(COLUMNS + " where id = any(cast(? as uuid[]))")
                .param(ids.stream().distinct().map(UUID::toString).toArray(String[]::new))
                .query(this::map)
                .list();
    }

    @Override
    public Optional<Organisation> findByNumber(OrganisationNumber number) {
        return jdbc.client()
                .sql(COLUMNS + " where org_number = ?")
                .param(number.value())
                .query(this::map)
                .optional();
    }

    @Override
    public List<Organisation> findByName(String name) {
        return jdbc.client()
                .sql(COLUMNS + " where lower(name) = lower(?) and org_number is null order by name")
                .param(name.strip())
                .query(this::map)
                .list();
    }

    @Override
    public List<Organisation> findAll() {
        return jdbc.client().sql(COLUMNS + " order by name").query(this::map).list();
    }

    @Override
    public Organisation save(Organisation o, String editedBy) {
        return saveAll(List.of(o), editedBy).get(0);
    }

    @Override
    public List<Organisation> saveAll(Collection<Organisation> organisations, String editedBy) {
        return jdbc.inTransaction(() -> {
            List<Object[]> inserts = new ArrayList<>();
            List<Organisation> saved = new ArrayList<>();
            for (Organisation o : organisations) {
                if (o.version() == 0) {
                    inserts.add(new Object[] {
                        o.id(),
                        o.name(),
                        o.number() == null ? null : o.number().value(),
                        o.sector().name(),
                        o.municipalityNumber(),
                        editedBy
                    });
                } else {
                    int rows = jdbc.client()
                            .sql("update organisation set name = ?, org_number = ?, sector = ?, "
                                    + "municipality_number = ?, version = version + 1, updated_by = ?, updated_at = now() "
                                    + "where id = ? and version = ?")
                            .params(
                                    o.name(),
                                    o.number() == null ? null : o.number().value(),
                                    o.sector().name(),
                                    o.municipalityNumber(),
                                    editedBy,
                                    o.id(),
                                    o.version())
                            .update();
                    jdbc.requireUpdated(rows, "organisation", o.id(), o.version(), "organisation '" + o.name() + "'");
                }
                saved.add(o.withVersion(o.version() + 1));
            }
            if (!inserts.isEmpty()) {
                jdbc.template()
                        .batchUpdate(
                                "insert into organisation (id, name, org_number, sector, municipality_number, "
                                        + "version, updated_by) values (?, ?, ?, ?, ?, 1, ?)",
                                inserts,
                                new int[] {
                                    java.sql.Types.OTHER,
                                    java.sql.Types.VARCHAR,
                                    java.sql.Types.CHAR,
                                    java.sql.Types.VARCHAR,
                                    java.sql.Types.CHAR,
                                    java.sql.Types.VARCHAR
                                });
            }
            return saved;
        });
    }

    private Organisation map(ResultSet rs, int row) throws SQLException {
        String number = rs.getString("org_number");
        return new Organisation(
                Jdbc.uuid(rs, "id"),
                rs.getString("name"),
                number == null ? null : new OrganisationNumber(number),
                Sector.valueOf(rs.getString("sector")),
                rs.getString("municipality_number"),
                rs.getInt("version"));
    }
}
