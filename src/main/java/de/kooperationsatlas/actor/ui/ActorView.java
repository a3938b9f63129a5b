package de.kooperationsatlas.actor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorDetails;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.CooperationDraft;
import de.kooperationsatlas.actor.CooperationService;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.ui.Confirm;
import de.kooperationsatlas.base.ui.DetailHeader;
import de.kooperationsatlas.base.ui.Facts;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.RowActions;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** An actor's page: seat, areas, phases, topics, networks, cooperations and events; edit and delete for those allowed. */
@Route("actors/:id")
@PermitAll
class ActorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActorService actors;
    private final CooperationService cooperations;
    private final ObjectProvider<ActorPageSection> sections;
    private @Nullable ActorDetails actor;

    ActorView(ActorService actors, CooperationService cooperations, ObjectProvider<ActorPageSection> sections) {
        this.actors = actors;
        this.cooperations = cooperations;
        this.sections = sections;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        var found = actors.find(id);
        if (found.isEmpty()) {
            removeAll();
            add(new H2(getTranslation("error.notFound", id)), Links.to("actors", getTranslation("nav.actors")));
            return;
        }
        show(found.get());
    }

    private void show(ActorDetails a) {
        this.actor = a;
        removeAll();
        boolean editable = actors.mayEdit(a);
        var title = new H2(a.name());
        title.setId("actor-name");
        var header = editable
                ? DetailHeader.of(
                        this,
                        title,
                        "actor",
                        () -> getUI().ifPresent(ui -> ui.navigate("actors/" + Links.encode(a.id()) + "/edit")),
                        () -> confirmDelete(a))
                : DetailHeader.of(title);
        add(header, facts(a));
        if (a.description() != null) {
            add(new Paragraph(a.description()));
        }
        add(chips(
                "actor.phases",
                a.lifePhases().stream().map(c -> getTranslation("phase." + c)).toList(),
                "phase"));
        add(chips("actor.topics", a.topics(), ""));
        var suggestions =
                Links.to("analysis/suggestions?actor=" + Links.encode(a.id()), getTranslation("actor.suggestions"));
        suggestions.setId("actor-suggestions");
        var graph = Links.to(
                "graph?region="
                        + a.seatAgs().substring(0, Math.min(5, a.seatAgs().length())) + "&actor="
                        + Links.encode(a.id()),
                getTranslation("graph.showGraph"));
        graph.setId("actor-graph");
        var actorLinks = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(suggestions, graph);
        add(actorLinks);
        var today = Dates.today();
        var current = a.cooperations().stream().filter(c -> !c.endedBy(today)).toList();
        var ended = a.cooperations().stream().filter(c -> c.endedBy(today)).toList();
        add(
                new H3(getTranslation("actor.cooperations") + " (" + current.size() + ")"),
                cooperationGrid(a, current, editable, false));
        if (!ended.isEmpty()) {
            var endedTitle = new H3(getTranslation("actor.endedCooperations") + " (" + ended.size() + ")");
            endedTitle.setId("actor-ended-title");
            add(endedTitle, cooperationGrid(a, ended, editable, true));
        }
        sections.orderedStream().forEach(section -> add(section.create(a)));
        add(new H3(getTranslation("actor.networks")), networkGrid(a));
        add(new H3(getTranslation("actor.events")), eventGrid(a));
        add(Facts.audit(this, a.createdAt(), a.createdBy(), a.updatedAt(), a.updatedBy()));
    }

    private Component facts(ActorDetails a) {
        var facts = Facts.row(
                Facts.card(this, "actor.id", a.id()),
                Facts.card(this, "actor.type", getTranslation("actorType." + a.type())));
        var seat = Links.region(a.seatAgs(), a.seatName() + " (" + a.seatAgs() + ")");
        seat.setId("actor-seat");
        facts.add(Facts.card(this, "actor.seat", seat));
        if (!a.serves().isEmpty()) {
            var areas = new Div();
            a.serves().forEach(area -> {
                areas.add(Links.region(area.ags(), area.name() + " (" + area.ags() + ")"));
                areas.add(new Span(" "));
            });
            facts.add(Facts.card(this, "actor.serves", areas));
        }
        if (a.website() != null) {
            var link = new Anchor(a.website(), a.website());
            link.setTarget("_blank");
            facts.add(Facts.card(this, "actor.website", link));
        }
        if (a.email() != null) {
            facts.add(Facts.card(this, "actor.email", new Anchor("mailto:" + a.email(), a.email())));
        }
        if (a.phone() != null) {
            facts.add(Facts.card(this, "actor.phone", a.phone()));
        }
        if (a.since() != null) {
            facts.add(Facts.card(this, "actor.since", a.since()));
        }
        if (a.until() != null) {
            var until = new Span(a.until());
            if (Dates.valid(a.until()) && Dates.end(a.until()).isBefore(Dates.today())) {
                var closed = new Span(getTranslation("actor.closed"));
                closed.getElement().getThemeList().add("badge error small");
                closed.setId("actor-closed");
                facts.add(Facts.card(this, "actor.until", new Div(until, new Span(" "), closed)));
            } else {
                facts.add(Facts.card(this, "actor.until", until));
            }
        }
        return facts;
    }

    private Component chips(String key, java.util.List<String> values, String style) {
        var box = new Div();
        var label = new Div(getTranslation(key));
        label.addClassName("atlas-muted");
        box.add(label);
        if (values.isEmpty()) {
            box.add(new Span("–"));
        }
        for (String value : values) {
            var chip = new Span(value);
            chip.addClassName("atlas-chip");
            if (!style.isEmpty()) {
                chip.addClassName(style);
            }
            box.add(chip);
        }
        return box;
    }

    private Component cooperationGrid(
            ActorDetails a, java.util.List<ActorDetails.Cooperation> items, boolean editable, boolean ended) {
        var grid = new Grid<ActorDetails.Cooperation>();
        grid.setId(ended ? "actor-ended-cooperations" : "actor-cooperations");
        grid.addComponentColumn(c -> Links.actor(c.actor(), c.name()))
                .setHeader(getTranslation("cooperation.partner"))
                .setFlexGrow(3);
        grid.addColumn(c -> c.kind() == null ? "–" : getTranslation("cooperationKind." + c.kind()))
                .setHeader(getTranslation("cooperation.kind"));
        grid.addColumn(c -> c.since() == null ? "–" : c.since()).setHeader(getTranslation("cooperation.since"));
        if (ended || items.stream().anyMatch(c -> c.until() != null)) {
            grid.addColumn(c -> c.until() == null ? "–" : c.until()).setHeader(getTranslation("cooperation.until"));
        }
        grid.addColumn(c ->
                        c.intensity() == null ? "–" : "●".repeat(c.intensity().intValue()))
                .setHeader(getTranslation("cooperation.intensity"));
        grid.addColumn(c -> c.note() == null ? "" : c.note())
                .setHeader(getTranslation("cooperation.note"))
                .setFlexGrow(3);
        if (editable) {
            grid.addComponentColumn(c -> {
                        var actions = RowActions.editDelete(
                                this,
                                () -> new CooperationDialog(a, c, actors, cooperations, this::reload).open(),
                                () -> confirmDeleteCooperation(a, c));
                        if (!ended) {
                            var end = new Button(VaadinIcon.STOP.create(), e -> confirmEnd(a, c));
                            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                            end.setAriaLabel(getTranslation("cooperation.end"));
                            end.setTooltipText(getTranslation("cooperation.end"));
                            end.addClassName("cooperation-end");
                            actions.addComponentAtIndex(1, end);
                        }
                        return actions;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("actor.noCooperations"));
        var box = new VerticalLayout(grid);
        box.setPadding(false);
        if (editable && !ended) {
            var add = new Button(
                    getTranslation("cooperation.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new CooperationDialog(a, null, actors, cooperations, this::reload).open());
            add.setId("add-cooperation");
            box.addComponentAsFirst(add);
        }
        return box;
    }

    private Component networkGrid(ActorDetails a) {
        var grid = new Grid<ActorDetails.Membership>();
        grid.addColumn(ActorDetails.Membership::name)
                .setHeader(getTranslation("network.name"))
                .setFlexGrow(3);
        grid.addColumn(m -> m.role() == null ? "–" : m.role()).setHeader(getTranslation("network.role"));
        grid.addColumn(m -> m.since() == null ? "–" : m.since()).setHeader(getTranslation("cooperation.since"));
        if (a.networks().stream().anyMatch(m -> m.until() != null)) {
            grid.addColumn(m -> m.until() == null ? "–" : m.until()).setHeader(getTranslation("cooperation.until"));
        }
        grid.setItems(a.networks());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("actor.noNetworks"));
        return grid;
    }

    private Component eventGrid(ActorDetails a) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var grid = new Grid<ActorDetails.EventRef>();
        grid.addColumn(e -> e.date() == null ? "–" : format.format(e.date()))
                .setHeader(getTranslation("event.date"))
                .setAutoWidth(true);
        grid.addColumn(ActorDetails.EventRef::name)
                .setHeader(getTranslation("event.name"))
                .setFlexGrow(3);
        grid.setItems(a.events());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("actor.noEvents"));
        return grid;
    }

    private void confirmDelete(ActorDetails a) {
        Confirm.deletion(
                this,
                getTranslation("actor.deleteTitle", a.name()),
                getTranslation("actor.deleteText", a.cooperations().size()),
                () -> {
                    actors.delete(a.id());
                    Notifications.success(getTranslation("actor.deleted", a.name()));
                    getUI().ifPresent(ui -> ui.navigate("actors"));
                },
                null);
    }

    /**
     * Ending keeps the cooperation (the contract's "Time"): its until becomes today, it moves to the ended
     * ones and still counts for dates before.
     */
    private void confirmEnd(ActorDetails a, ActorDetails.Cooperation c) {
        var today = Dates.today();
        Confirm.destructive(
                this,
                getTranslation("cooperation.endTitle"),
                getTranslation("cooperation.endText", a.name(), c.name(), today.toString()),
                getTranslation("cooperation.end"),
                () -> {
                    cooperations.save(
                            a.id(),
                            c.actor(),
                            new CooperationDraft(
                                    c.kind(),
                                    c.since(),
                                    today.toString(),
                                    c.intensity() == null ? null : c.intensity().intValue(),
                                    c.note()));
                    Notifications.success(getTranslation("cooperation.ended", c.name()));
                },
                this::reload);
    }

    private void confirmDeleteCooperation(ActorDetails a, ActorDetails.Cooperation c) {
        Confirm.deletion(
                this,
                getTranslation("cooperation.deleteTitle"),
                getTranslation("cooperation.deleteText", a.name(), c.name()),
                () -> {
                    cooperations.delete(a.id(), c.actor());
                    reload();
                },
                null);
    }

    private void reload() {
        if (actor != null) {
            actors.find(actor.id()).ifPresent(this::show);
        }
    }

    @Override
    public String getPageTitle() {
        return (actor == null ? getTranslation("nav.actors") : actor.name()) + " · " + getTranslation("app.name");
    }
}
