package no.fellesgrunn.web.organiser.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.fellesgrunn.planner.scheduling.SchedulingConstraints;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import org.junit.jupiter.api.Test;

/** Every seating rule has a name in every language the UI offers, so no English constraint id reaches a page. */
class RuleNamesTest {
    private static List<String> constraintNames() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : SchedulingConstraints.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    @Test
    void everySchedulingConstraintIsNamedInEveryLanguage() throws IllegalAccessException {
        FellesgrunnI18NProvider i18n = new FellesgrunnI18NProvider();
        List<String> constraints = constraintNames();
        assertThat(constraints).hasSizeGreaterThanOrEqualTo(18).contains(SchedulingConstraints.TABLE_CAPACITY);
        for (Locale locale : i18n.getProvidedLocales()) {
            for (String constraint : constraints) {
                String name = i18n.getTranslation(RuleNames.key(constraint), locale);
                assertThat(name)
                        .as(constraint + " in " + locale)
                        .doesNotStartWith("!")
                        .isNotBlank();
                if (!locale.getLanguage().equals("en")) {
                    assertThat(name).as(constraint + " in " + locale).isNotEqualTo(constraint);
                }
            }
        }
        assertThat(RuleNames.key(SchedulingConstraints.CHALLENGE_ONCE_PER_ROUND))
                .isEqualTo("rule.challenge-at-one-table-per-round");
    }
}
