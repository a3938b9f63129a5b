package de.kooperationsatlas.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.Confirm;
import de.kooperationsatlas.base.ui.DetailHeader;
import de.kooperationsatlas.base.ui.Facts;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.RowActions;
import de.kooperationsatlas.event.EventDetails;
import de.kooperationsatlas.event.EventRow;
import de.kooperationsatlas.event.EventService;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Events for administrators: all events in a grid, the latest first; the chosen one
 * ({@code admin/events/<id>}) with its place and participants.
 */
@Route("admin/events/:id?")
@RolesAllowed("ADMIN")
class EventAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ROUTE = "admin/events";

    private final EventService events;
    private final ActorService actors;
    private final RegionService regions;
    private final DateTimeFormatter dates =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
    private final Grid<EventRow> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private @Nullable EventDetails current;

    EventAdminView(EventService events, ActorService actors, RegionService regions) {
        this.events = events;
        this.actors = actors;
        this.regions = regions;
        setMaxWidth("90rem");
        configureGrid();
        details.setPadding(false);
        details.setId("event-details");
        add(toolbar(), grid, details);
    }

    private Component toolbar() {
        var create = new Button(
                getTranslation("event.new"),
                VaadinIcon.PLUS.create(),
                e -> new EventDialog(null, events, regions, saved -> open(saved.id())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-event");
        var header = new HorizontalLayout(new H2(getTranslation("nav.events")), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        return header;
    }

    private void configureGrid() {
        grid.setId("event-grid");
        grid.addColumn(e -> format(e.date()))
                .setHeader(getTranslation("event.date"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(Comparator.comparing(
                        EventRow::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
        grid.addColumn(EventRow::name)
                .setHeader(getTranslation("admin.name"))
                .setFlexGrow(4)
                .setSortable(true);
        grid.addColumn(e -> e.municipality() == null ? "–" : e.municipality().name())
                .setHeader(getTranslation("event.municipality"))
                .setFlexGrow(2);
        grid.addColumn(EventRow::participants)
                .setHeader(getTranslation("event.participants"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(EventRow::id)
                .setHeader(getTranslation("admin.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("18rem");
        grid.setEmptyStateText(getTranslation("event.none"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient()) {
                open(e.getValue() == null ? null : e.getValue().id());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id");
        refreshGrid();
        if (id.isEmpty()) {
            showNothing();
            return;
        }
        var found = events.find(id.get());
        if (found.isEmpty()) {
            Notifications.error(getTranslation("error.notFound", id.get()));
            showNothing();
            return;
        }
        show(found.get());
    }

    private void open(@Nullable String id) {
        getUI().ifPresent(ui -> ui.navigate(id == null ? ROUTE : ROUTE + "/" + Links.encode(id)));
    }

    private void refreshGrid() {
        grid.setItems(events.list());
    }

    /** Reads the shown event again after a change, or clears the panel when it is gone. */
    private void reload() {
        var id = current == null ? null : current.id();
        current = id == null ? null : events.find(id).orElse(null);
        refreshGrid();
        if (current == null) {
            showNothing();
        } else {
            show(current);
        }
    }

    private void showNothing() {
        current = null;
        grid.deselectAll();
        details.removeAll();
        var hint = new Paragraph(getTranslation("event.choose"));
        hint.addClassName("atlas-muted");
        details.add(hint);
    }

    private void show(EventDetails ev) {
        current = ev;
        details.removeAll();
        grid.getListDataView()
                .getItems()
                .filter(r -> r.id().equals(ev.id()))
                .findFirst()
                .ifPresent(grid::select);
        var title = new H3(ev.name());
        title.setId("event-title");
        var header = DetailHeader.of(
                this,
                title,
                "event",
                () -> new EventDialog(ev, events, regions, saved -> reload()).open(),
                () -> confirmDelete(ev));
        details.add(
                header, facts(ev), Facts.audit(this, ev.createdAt(), ev.createdBy(), ev.updatedAt(), ev.updatedBy()));
        details.add(new H4(
                getTranslation("event.participants") + " (" + ev.participants().size() + ")"));
        details.add(participantPicker(ev), participantGrid(ev));
    }

    private Component facts(EventDetails ev) {
        var place = ev.municipality();
        return Facts.row(
                Facts.card(this, "admin.id", ev.id()),
                Facts.card(this, "event.date", format(ev.date())),
                place == null
                        ? Facts.card(this, "event.municipality", "–")
                        : Facts.card(
                                this,
                                "event.municipality",
                                Links.region(place.ags(), place.name() + " (" + place.ags() + ")")));
    }

    /** An actor picker with an add button: a participation has no values of its own, so no dialog is needed. */
    private Component participantPicker(EventDetails ev) {
        Set<String> participants = ev.participants().stream()
                .map(EventDetails.Participant::actorId)
                .collect(Collectors.toSet());
        var actor = new ComboBox<ActorRow>();
        actor.setPlaceholder(getTranslation("admin.actorHelp"));
        actor.setAriaLabel(getTranslation("admin.actor"));
        actor.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : actors.lookup(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream()
                        .filter(a -> !participants.contains(a.id())));
        actor.setItemLabelGenerator(a -> a.name() + " (" + a.seatName() + ")");
        actor.setWidth("min(32rem, 100%)");
        actor.setId("participant-actor");
        var add = new Button(getTranslation("event.addParticipant"), VaadinIcon.PLUS.create(), e -> {
            if (actor.getValue() == null) {
                actor.setErrorMessage(getTranslation("actor.error.required"));
                actor.setInvalid(true);
                return;
            }
            try {
                events.addParticipant(ev.id(), actor.getValue().id());
                Notifications.success(getTranslation("action.saved"));
                reload();
            } catch (AccessDeniedException ex) {
                actor.setErrorMessage(getTranslation("admin.error.actorForbidden"));
                actor.setInvalid(true);
                Notifications.error(getTranslation("error.forbidden"));
            } catch (NotFoundException ex) {
                Notifications.error(getTranslation("error.notFound", ex.key()));
            }
        });
        add.setId("add-participant");
        var row = new HorizontalLayout(actor, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Grid<EventDetails.Participant> participantGrid(EventDetails ev) {
        var grid = new Grid<EventDetails.Participant>();
        grid.setId("event-participants");
        grid.addComponentColumn(p -> Links.actor(p.actorId(), p.actorName()))
                .setHeader(getTranslation("admin.actor"))
                .setFlexGrow(3);
        grid.addColumn(p -> p.seatName() + " (" + p.seatAgs() + ")")
                .setHeader(getTranslation("actor.seat"))
                .setFlexGrow(2);
        grid.addComponentColumn(p -> events.mayEditParticipant(p.seatAgs())
                        ? RowActions.remove(this, () -> confirmRemove(ev, p))
                        : new HorizontalLayout())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(ev.participants());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("event.noParticipants"));
        return grid;
    }

    private String format(@Nullable LocalDate date) {
        return date == null ? "–" : dates.format(date);
    }

    private void confirmDelete(EventDetails ev) {
        Confirm.deletion(
                this,
                getTranslation("event.deleteTitle", ev.name()),
                getTranslation("event.deleteText", ev.participants().size()),
                () -> {
                    events.delete(ev.id());
                    Notifications.success(getTranslation("admin.deleted", ev.name()));
                    current = null;
                    open(null);
                },
                this::reload);
    }

    private void confirmRemove(EventDetails ev, EventDetails.Participant p) {
        Confirm.destructive(
                this,
                getTranslation("event.removeParticipantTitle"),
                getTranslation("event.removeParticipantText", p.actorName(), ev.name()),
                getTranslation("action.remove"),
                () -> events.removeParticipant(ev.id(), p.actorId()),
                this::reload);
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("nav.events") : current.name()) + " · " + getTranslation("app.name");
    }
}
