package de.kooperationsatlas.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.ui.ActorPicker;
import de.kooperationsatlas.base.ui.AdminPage;
import de.kooperationsatlas.base.ui.Facts;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Saves;
import de.kooperationsatlas.event.EventDetails;
import de.kooperationsatlas.event.EventRow;
import de.kooperationsatlas.event.EventService;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Events for administrators: all events in a grid, the latest first; the chosen one
 * ({@code admin/events/<id>}) with its place and participants.
 */
@Route("admin/events/:id?")
@Menu(order = 82, title = "nav.events", icon = "vaadin:calendar")
@RolesAllowed("ADMIN")
class EventAdminView extends AdminPage<EventRow, EventDetails> {

    private final EventService events;
    private final ActorService actors;
    private final RegionService regions;
    private final DateTimeFormatter dates =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());

    EventAdminView(EventService events, ActorService actors, RegionService regions) {
        super("admin/events", "event", "nav.events", events::list, events::find, events::delete);
        this.events = events;
        this.actors = actors;
        this.regions = regions;
        configureGrid();
    }

    private void configureGrid() {
        grid.addColumn(e -> format(e.date()))
                .setHeader(getTranslation("event.date"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(Comparator.comparing(
                        EventRow::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
        addNameColumn(4);
        grid.addColumn(e -> e.municipality() == null ? "–" : e.municipality().name())
                .setHeader(getTranslation("event.municipality"))
                .setFlexGrow(2);
        addCountColumn(EventRow::participants, "event.participants");
        addIdColumn();
    }

    @Override
    protected Dialog dialog(@Nullable EventDetails existing, Consumer<EventDetails> saved) {
        return new EventDialog(existing, events, regions, saved);
    }

    @Override
    protected List<Component> summary(EventDetails ev) {
        var place = ev.municipality();
        return List.of(Facts.row(
                Facts.card(this, "admin.id", ev.id()),
                Facts.card(this, "event.date", format(ev.date())),
                place == null
                        ? Facts.card(this, "event.municipality", "–")
                        : Facts.card(
                                this,
                                "event.municipality",
                                Links.region(place.ags(), place.name() + " (" + place.ags() + ")"))));
    }

    @Override
    protected List<Component> links(EventDetails ev) {
        return List.of(
                linksTitle("event.participants", ev.participants().size()),
                participantPicker(ev),
                linkGrid(
                        "participants",
                        ev,
                        ev.participants(),
                        columns -> {},
                        actors::mayEditSeat,
                        null,
                        "event.removeParticipant",
                        events::removeParticipant));
    }

    @Override
    protected int dependents(EventDetails ev) {
        return ev.participants().size();
    }

    /** An actor picker with an add button: a participation has no values of its own, so no dialog is needed. */
    private Component participantPicker(EventDetails ev) {
        var actor = ActorPicker.of(
                actors,
                ev.participants().stream()
                        .map(EventDetails.Participant::actorId)
                        .collect(Collectors.toSet()),
                "participant-actor");
        actor.setPlaceholder(getTranslation("admin.actorHelp"));
        actor.setAriaLabel(getTranslation("admin.actor"));
        actor.setWidth("min(32rem, 100%)");
        var add = new Button(getTranslation("event.addParticipant"), VaadinIcon.PLUS.create(), e -> {
            if (ActorPicker.chosen(this, actor)
                    && Saves.run(
                            this,
                            Map.of(),
                            actor,
                            () -> events.addParticipant(
                                    ev.id(), actor.getValue().id()))) {
                reload();
            }
        });
        add.setId("add-participant");
        var row = new HorizontalLayout(actor, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private String format(@Nullable LocalDate date) {
        return date == null ? "–" : dates.format(date);
    }
}
