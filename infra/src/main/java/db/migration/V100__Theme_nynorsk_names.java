package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.reference.ThemeVocabulary;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Themes get a nynorsk name (issue 10): the curated vocabulary's from the domain's copy
 * ({@link ThemeVocabulary}), so the database and the domain never disagree; a theme organisers
 * added keeps its bokmål name for nynorsk readers until someone names it in nynorsk.
 */
public class V100__Theme_nynorsk_names extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table theme add column name_nn text");
        }
        try (PreparedStatement names = connection.prepareStatement("update theme set name_nn = ? where key = ?")) {
            for (Theme theme : ThemeVocabulary.curatedThemes()) {
                names.setString(1, theme.nameNn());
                names.setString(2, theme.key());
                names.addBatch();
            }
            names.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("update theme set name_nn = name_nb where name_nn is null");
            statement.execute("alter table theme alter column name_nn set not null");
        }
    }
}
