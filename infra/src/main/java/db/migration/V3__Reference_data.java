package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceCatalog;
import no.fellesgrunn.domain.reference.SdgGoal;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.reference.ThemeVocabulary;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the 15 counties and 357 municipalities (aprestmo/norway-geodata, MIT), the 17 UN goals
 * (open-sdg/sdg-translations, MIT) and the curated theme vocabulary. The data is read from the
 * domain's copy (no/fellesgrunn/domain/reference, licence files alongside) so the database and the
 * domain never disagree; batched, because every test class migrates a fresh schema.
 */
public class V3__Reference_data extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        ReferenceCatalog norway = ReferenceCatalog.norway();
        try (PreparedStatement counties =
                connection.prepareStatement("insert into county (code, name) values (?, ?)")) {
            for (County county : norway.counties()) {
                counties.setString(1, county.code());
                counties.setString(2, county.name());
                counties.addBatch();
            }
            counties.executeBatch();
        }
        try (PreparedStatement municipalities =
                connection.prepareStatement("insert into municipality (number, name, county_code) values (?, ?, ?)")) {
            for (Municipality m : norway.municipalities()) {
                municipalities.setString(1, m.number());
                municipalities.setString(2, m.name());
                municipalities.setString(3, m.countyCode());
                municipalities.addBatch();
            }
            municipalities.executeBatch();
        }
        try (PreparedStatement goals =
                connection.prepareStatement("insert into sdg_goal (number, name_nb, name_en) values (?, ?, ?)")) {
            for (SdgGoal goal : norway.sdgGoals()) {
                goals.setInt(1, goal.number());
                goals.setString(2, goal.nameNb());
                goals.setString(3, goal.nameEn());
                goals.addBatch();
            }
            goals.executeBatch();
        }
        insertThemes(connection);
    }

    private static void insertThemes(Connection connection) throws SQLException {
        try (PreparedStatement themes = connection.prepareStatement(
                        "insert into theme (key, name_nb, name_en, curated, version, updated_by) values (?, ?, ?, true, 1, 'migration')");
                PreparedStatement links =
                        connection.prepareStatement("insert into theme_sdg_goal (theme_key, goal) values (?, ?)")) {
            for (Theme theme : ThemeVocabulary.curatedThemes()) {
                themes.setString(1, theme.key());
                themes.setString(2, theme.nameNb());
                themes.setString(3, theme.nameEn());
                themes.addBatch();
                for (int goal : theme.sdgGoals()) {
                    links.setString(1, theme.key());
                    links.setInt(2, goal);
                    links.addBatch();
                }
            }
            themes.executeBatch();
            links.executeBatch();
        }
    }
}
