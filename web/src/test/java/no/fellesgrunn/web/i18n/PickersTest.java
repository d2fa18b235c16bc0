package no.fellesgrunn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

/** Date pickers speak the reader's written language and take Norwegian dates as typed. */
class PickersTest {

    @Test
    void monthsAndWeekdaysAreInBokmalNynorskOrEnglishAndWeeksStartOnMonday() {
        DatePicker.DatePickerI18n nb = Pickers.i18n(FellesgrunnI18NProvider.BOKMAL, "I dag", "Avbryt");
        DatePicker.DatePickerI18n nn = Pickers.i18n(FellesgrunnI18NProvider.NYNORSK, "I dag", "Avbryt");
        DatePicker.DatePickerI18n en = Pickers.i18n(FellesgrunnI18NProvider.ENGLISH, "Today", "Cancel");
        assertThat(nb.getMonthNames()).hasSize(12).startsWith("januar").contains("desember");
        assertThat(en.getMonthNames()).startsWith("January");
        // Vaadin's list starts on Sunday; Monday is the second, and the week starts there.
        assertThat(nb.getWeekdays().get(1)).isEqualTo("mandag");
        assertThat(nn.getWeekdays().get(1)).isEqualTo("måndag");
        assertThat(en.getWeekdays().get(0)).isEqualTo("Sunday");
        assertThat(nb.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(nn.getToday()).isEqualTo("I dag");
        assertThat(nb.getDateFormats()).startsWith("dd.MM.yyyy").contains("d.M.yyyy", "d.M.yy", "yyyy-MM-dd");
    }
}
