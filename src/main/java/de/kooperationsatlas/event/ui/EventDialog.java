package de.kooperationsatlas.event.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import de.kooperationsatlas.base.ui.KeyedDialog;
import de.kooperationsatlas.event.EventDetails;
import de.kooperationsatlas.event.EventDraft;
import de.kooperationsatlas.event.EventService;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.region.ui.RegionPicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Creates an event or changes one: id (fixed once saved), name, date and the municipality where it was held. */
class EventDialog extends KeyedDialog<EventDetails, EventDraft> {

    private final DatePicker date = new DatePicker();
    private final ComboBox<RegionRef> municipality = new ComboBox<>();

    EventDialog(
            @Nullable EventDetails existing, EventService events, RegionService regions, Consumer<EventDetails> saved) {
        super("event", existing, events, "min(44rem, 95vw)", saved);
        date.setLabel(getTranslation("event.date"));
        date.setRequiredIndicatorVisible(true);
        date.setId("event-date");
        localise(date, getLocale());
        municipality.setLabel(getTranslation("event.municipality"));
        municipality.setHelperText(getTranslation("event.municipalityHelp"));
        RegionPicker.ofLevels(municipality, regions, RegionLevel.MUNICIPALITY);
        municipality.setRequired(true);
        municipality.setId("event-municipality");
        if (existing != null) {
            date.setValue(existing.date());
            if (existing.municipality() != null) {
                municipality.setValue(existing.municipality());
            }
        }
        var form = new FormLayout(id, date, name, municipality);
        form.setColspan(name, 2);
        add(form);
    }

    /** German dates as Germans write them (24.04.2023, week from Monday); ISO dates are understood too. */
    private void localise(DatePicker picker, Locale locale) {
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
                .setToday(getTranslation("datePicker.today"))
                .setCancel(getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(getTranslation("datePicker.badInput"));
        if (german) {
            i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd");
        } else {
            i18n.setDateFormats("yyyy-MM-dd", "dd.MM.yyyy");
        }
        picker.setI18n(i18n);
    }

    @Override
    protected Map<String, HasValidation> ownFields() {
        return Map.of("date", date, "municipalityAgs", municipality);
    }

    @Override
    protected EventDraft draft(String id, String name) {
        return new EventDraft(
                id,
                name,
                date.getValue(),
                municipality.getValue() == null ? "" : municipality.getValue().ags());
    }
}
