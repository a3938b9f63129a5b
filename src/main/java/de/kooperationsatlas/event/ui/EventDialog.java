package de.kooperationsatlas.event.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.base.ui.KeyedDialog;
import de.kooperationsatlas.event.EventDetails;
import de.kooperationsatlas.event.EventDraft;
import de.kooperationsatlas.event.EventService;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.region.ui.RegionPicker;
import java.util.Map;
import java.util.function.Consumer;
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
        DatePickers.localise(date, getLocale());
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
