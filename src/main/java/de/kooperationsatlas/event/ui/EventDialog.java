package de.kooperationsatlas.event.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.FieldErrors;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.event.EventDetails;
import de.kooperationsatlas.event.EventDraft;
import de.kooperationsatlas.event.EventService;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
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
import org.springframework.security.access.AccessDeniedException;

/** Creates an event or changes one: id (fixed once saved), name, date and the municipality where it was held. */
class EventDialog extends Dialog {

    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final DatePicker date = new DatePicker();
    private final ComboBox<RegionRef> municipality = new ComboBox<>();

    EventDialog(
            @Nullable EventDetails existing, EventService events, RegionService regions, Consumer<EventDetails> saved) {
        setHeaderTitle(
                existing == null ? getTranslation("event.new") : getTranslation("event.editTitle", existing.name()));
        setWidth("min(44rem, 95vw)");
        configureFields(regions);
        if (existing != null) {
            id.setValue(existing.id());
            id.setReadOnly(true);
            name.setValue(existing.name());
            date.setValue(existing.date());
            if (existing.municipality() != null) {
                municipality.setValue(existing.municipality());
            }
        }
        var form = new FormLayout(id, date, name, municipality);
        form.setColspan(name, 2);
        add(form);
        var save = new Button(getTranslation("action.save"), e -> save(existing, events, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("event-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void configureFields(RegionService regions) {
        id.setLabel(getTranslation("admin.id"));
        id.setHelperText(getTranslation("admin.idHelp"));
        id.setRequiredIndicatorVisible(true);
        id.setId("event-id");
        name.setLabel(getTranslation("admin.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("event-name");
        date.setLabel(getTranslation("event.date"));
        date.setRequiredIndicatorVisible(true);
        date.setId("event-date");
        localise(date, getLocale());
        municipality.setLabel(getTranslation("event.municipality"));
        municipality.setHelperText(getTranslation("event.municipalityHelp"));
        municipality.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), 200).stream()
                        .filter(r -> r.level() == RegionLevel.MUNICIPALITY)
                        .limit(q.getLimit()));
        municipality.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ")");
        municipality.setRequired(true);
        municipality.setId("event-municipality");
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

    private Map<String, HasValidation> fields() {
        return Map.of("id", id, "name", name, "date", date, "municipalityAgs", municipality);
    }

    private void save(@Nullable EventDetails existing, EventService events, Consumer<EventDetails> saved) {
        var draft = new EventDraft(
                id.getValue(),
                name.getValue(),
                date.getValue(),
                municipality.getValue() == null ? "" : municipality.getValue().ags());
        try {
            var result = existing == null ? events.create(draft) : events.update(existing.id(), draft);
            Notifications.success(getTranslation("action.saved"));
            close();
            saved.accept(result);
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, fields()).forEach(Notifications::error);
            Notifications.error(getTranslation("form.fix"));
        } catch (AccessDeniedException ex) {
            Notifications.error(getTranslation("error.forbidden"));
        } catch (NotFoundException ex) {
            Notifications.error(getTranslation("error.notFound", ex.key()));
        }
    }
}
