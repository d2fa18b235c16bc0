package no.fellesgrunn.web.i18n;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the reader's language: month and weekday names from the JDK's locale data (bokmål,
 * nynorsk, English), weeks starting on Monday as in Norway, and dates shown as 24.12.2026. Typed
 * dates are read in the Norwegian forms (24.12.2026, 24.12.26, 24/12/2026) and as 2026-12-24.
 */
public final class Pickers {
    private static final String SHOWN = "dd.MM.yyyy";
    private static final String[] TYPED = {"d.M.yyyy", "d.M.yy", "d/M/yyyy", "yyyy-MM-dd"};

    private Pickers() {}

    public static <T extends DatePicker> T localised(T picker) {
        Locale locale = picker.getLocale();
        picker.setI18n(i18n(locale, picker.getTranslation("picker.today"), picker.getTranslation("picker.cancel")));
        return picker;
    }

    public static DateTimePicker localised(DateTimePicker picker) {
        Locale locale = picker.getLocale();
        picker.setDatePickerI18n(
                i18n(locale, picker.getTranslation("picker.today"), picker.getTranslation("picker.cancel")));
        return picker;
    }

    static DatePicker.DatePickerI18n i18n(Locale locale, String today, String cancel) {
        Locale names = FellesgrunnI18NProvider.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(FellesgrunnI18NProvider.BOKMAL);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, names))
                .toList());
        // Vaadin lists the weekdays from Sunday.
        List<DayOfWeek> fromSunday = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, names))
                .toList());
        i18n.setWeekdaysShort(fromSunday.stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, names))
                .toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(today);
        i18n.setCancel(cancel);
        i18n.setDateFormats(SHOWN, TYPED);
        return i18n;
    }
}
