package de.kooperationsatlas.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.ui.Confirm;
import de.kooperationsatlas.base.ui.DetailHeader;
import de.kooperationsatlas.base.ui.Facts;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.RowActions;
import de.kooperationsatlas.network.NetworkDetails;
import de.kooperationsatlas.network.NetworkRow;
import de.kooperationsatlas.network.NetworkService;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Networks for administrators: all networks in a grid; the chosen one ({@code admin/networks/<id>})
 * with the regions it covers and its members, each changeable.
 */
@Route("admin/networks/:id?")
@RolesAllowed("ADMIN")
class NetworkAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ROUTE = "admin/networks";

    private final NetworkService networks;
    private final ActorService actors;
    private final RegionService regions;
    private final Grid<NetworkRow> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private @Nullable NetworkDetails current;

    NetworkAdminView(NetworkService networks, ActorService actors, RegionService regions) {
        this.networks = networks;
        this.actors = actors;
        this.regions = regions;
        setMaxWidth("90rem");
        configureGrid();
        details.setPadding(false);
        details.setId("network-details");
        add(toolbar(), grid, details);
    }

    private Component toolbar() {
        var create = new Button(
                getTranslation("network.new"),
                VaadinIcon.PLUS.create(),
                e -> new NetworkDialog(null, networks, regions, saved -> open(saved.id())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-network");
        var header = new HorizontalLayout(new H2(getTranslation("nav.networks")), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        return header;
    }

    private void configureGrid() {
        grid.setId("network-grid");
        grid.addColumn(NetworkRow::name)
                .setHeader(getTranslation("admin.name"))
                .setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(NetworkRow::id)
                .setHeader(getTranslation("admin.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.covers().stream()
                        .map(r -> r.name() + " (" + r.ags() + ")")
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("network.covers"))
                .setFlexGrow(2);
        grid.addColumn(NetworkRow::members)
                .setHeader(getTranslation("network.members"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("18rem");
        grid.setEmptyStateText(getTranslation("network.none"));
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
        var found = networks.find(id.get());
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
        var rows = networks.list();
        grid.setItems(rows);
        if (current != null) {
            String id = current.id();
            rows.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(grid::select);
        }
    }

    /** Reads the shown network again after a change, or clears the panel when it is gone. */
    private void reload() {
        var id = current == null ? null : current.id();
        current = id == null ? null : networks.find(id).orElse(null);
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
        var hint = new Paragraph(getTranslation("network.choose"));
        hint.addClassName("atlas-muted");
        details.add(hint);
    }

    private void show(NetworkDetails n) {
        current = n;
        details.removeAll();
        grid.getListDataView()
                .getItems()
                .filter(r -> r.id().equals(n.id()))
                .findFirst()
                .ifPresent(grid::select);
        var title = new H3(n.name());
        title.setId("network-title");
        var header = DetailHeader.of(
                this,
                title,
                "network",
                () -> new NetworkDialog(n, networks, regions, saved -> reload()).open(),
                () -> confirmDelete(n));
        details.add(header, facts(n));
        if (n.description() != null) {
            details.add(new Paragraph(n.description()));
        }
        details.add(Facts.audit(this, n.createdAt(), n.createdBy(), n.updatedAt(), n.updatedBy()));
        var add = new Button(
                getTranslation("network.addMember"),
                VaadinIcon.PLUS.create(),
                e -> new MemberDialog(n, null, actors, networks, this::reload).open());
        add.setId("add-member");
        var membersHeader = new HorizontalLayout(
                new H4(getTranslation("network.members") + " (" + n.members().size() + ")"), add);
        membersHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.add(membersHeader, memberGrid(n));
    }

    private Component facts(NetworkDetails n) {
        var facts = Facts.row();
        facts.add(Facts.card(this, "admin.id", n.id()));
        var covers = new Div();
        if (n.covers().isEmpty()) {
            covers.add(new Span("–"));
        }
        n.covers().forEach(r -> {
            covers.add(Links.region(r.ags(), r.name() + " (" + r.ags() + ")"));
            covers.add(new Span(" "));
        });
        facts.add(Facts.card(this, "network.covers", covers));
        return facts;
    }

    private Grid<NetworkDetails.Member> memberGrid(NetworkDetails n) {
        var grid = new Grid<NetworkDetails.Member>();
        grid.setId("network-members");
        grid.addComponentColumn(m -> Links.actor(m.actorId(), m.actorName()))
                .setHeader(getTranslation("admin.actor"))
                .setFlexGrow(3);
        grid.addColumn(m -> m.seatName() + " (" + m.seatAgs() + ")")
                .setHeader(getTranslation("actor.seat"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.role() == null ? "–" : m.role())
                .setHeader(getTranslation("network.role"))
                .setFlexGrow(1);
        grid.addColumn(m -> m.since() == null ? "–" : m.since())
                .setHeader(getTranslation("cooperation.since"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(m -> networks.mayEditMember(m.seatAgs())
                        ? RowActions.editRemove(
                                this,
                                () -> new MemberDialog(n, m, actors, networks, this::reload).open(),
                                () -> confirmRemove(n, m))
                        : new HorizontalLayout())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(n.members());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("network.noMembers"));
        return grid;
    }

    private void confirmDelete(NetworkDetails n) {
        Confirm.deletion(
                this,
                getTranslation("network.deleteTitle", n.name()),
                getTranslation("network.deleteText", n.members().size()),
                () -> {
                    networks.delete(n.id());
                    Notifications.success(getTranslation("admin.deleted", n.name()));
                    current = null;
                    open(null);
                },
                this::reload);
    }

    private void confirmRemove(NetworkDetails n, NetworkDetails.Member m) {
        Confirm.destructive(
                this,
                getTranslation("network.removeMemberTitle"),
                getTranslation("network.removeMemberText", m.actorName(), n.name()),
                getTranslation("action.remove"),
                () -> networks.removeMember(n.id(), m.actorId()),
                this::reload);
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("nav.networks") : current.name()) + " · " + getTranslation("app.name");
    }
}
