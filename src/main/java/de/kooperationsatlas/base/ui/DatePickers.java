package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.kooperationsatlas.base.Dates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Date pickers as Germans read them (24.04.2023, week from Monday; ISO dates are understood too), and
 * the one "Stand am" control that every analysis view, picture, map and comparison shares: a date kept
 * in the URL as {@code asOf=2023-12-31} (left out when it is today), read with {@link #asOfParameter()}.
 */
public final class DatePickers {

    /** The URL parameter of the "Stand am" control. */
    public static final String AS_OF = "asOf";

    private DatePickers() {}

    /** Month and day names, first weekday and formats in the picker's locale. */
    public static void localise(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        boolean german = locale.getLanguage().equals(Locale.GERMAN.getLanguage());
        // DatePickerI18n counts weekdays from Sunday.
        List<DayOfWeek> week = Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).limit(6))
                .toList();
        var i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(week.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdaysShort(week.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                        .toList())
                .setFirstDayOfWeek(german ? 1 : 0)
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datePicker.badInput"));
        if (german) {
            i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd");
        } else {
            i18n.setDateFormats("yyyy-MM-dd", "dd.MM.yyyy");
        }
        picker.setI18n(i18n);
    }

    /**
     * The "Stand am" control: a date picker set to today, never empty (clearing it gives today again),
     * with the id {@code as-of}. Bind it with {@code url.bind(DatePickers.AS_OF, picker,
     * DatePickers.asOfParameter())}.
     */
    public static DatePicker asOf(Locale locale) {
        var picker = new DatePicker(Dates.today());
        picker.setLabel(picker.getTranslation("asOf.label"));
        picker.setHelperText(picker.getTranslation("asOf.help"));
        picker.setPrefixComponent(new Span(VaadinIcon.CALENDAR_CLOCK.create()));
        picker.setId("as-of");
        picker.setWidth("11rem");
        picker.setMax(LocalDate.of(2100, 12, 31));
        picker.setMin(LocalDate.of(1900, 1, 1));
        localise(picker, locale);
        picker.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                picker.setValue(Dates.today());
            }
        });
        return picker;
    }

    /** {@code asOf=2023-12-31} or a year ({@code asOf=2023}: its 31 December); today is left out. */
    public static UrlParameter<LocalDate> asOfParameter() {
        return dateParameter(AS_OF).withDefault(Dates::today);
    }

    /**
     * A date in the URL ({@code compare=2023-12-31}, {@code from=2023}: a year means its 31 December);
     * anything else reads as missing.
     */
    public static UrlParameter<LocalDate> dateParameter(String name) {
        return UrlParameter.of(LocalDate::toString, text -> {
            try {
                return Optional.of(Dates.parameter(name, text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** A day as the UI shows it: {@code 24.04.2023} in German, ISO ({@code 2023-04-24}) otherwise. */
    public static String format(LocalDate date, Locale locale) {
        return Locale.GERMAN.getLanguage().equals(locale.getLanguage())
                ? java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date)
                : date.toString();
    }
}
