package de.kooperationsatlas.chain.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.ui.Confirm;
import de.kooperationsatlas.base.ui.DetailHeader;
import de.kooperationsatlas.base.ui.Facts;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.RowActions;
import de.kooperationsatlas.chain.ChainDetails;
import de.kooperationsatlas.chain.ChainRow;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Prevention chains for administrators: all chains in a grid; the chosen one ({@code admin/chains/<id>})
 * with its region and contributors, each with the life phases it contributes.
 */
@Route("admin/chains/:id?")
@RolesAllowed("ADMIN")
class ChainAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ROUTE = "admin/chains";

    private final ChainService chains;
    private final ActorService actors;
    private final RegionService regions;
    private final Grid<ChainRow> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private @Nullable ChainDetails current;

    ChainAdminView(ChainService chains, ActorService actors, RegionService regions) {
        this.chains = chains;
        this.actors = actors;
        this.regions = regions;
        setMaxWidth("90rem");
        configureGrid();
        details.setPadding(false);
        details.setId("chain-details");
        add(toolbar(), grid, details);
    }

    private Component toolbar() {
        var create = new Button(
                getTranslation("chain.new"),
                VaadinIcon.PLUS.create(),
                e -> new ChainDialog(null, chains, regions, saved -> open(saved.id())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-chain");
        var header = new HorizontalLayout(new H2(getTranslation("nav.chains")), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        return header;
    }

    private void configureGrid() {
        grid.setId("chain-grid");
        grid.addColumn(ChainRow::name)
                .setHeader(getTranslation("admin.name"))
                .setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(ChainRow::id)
                .setHeader(getTranslation("admin.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.region() == null
                        ? "–"
                        : c.region().name() + " (" + c.region().ags() + ")")
                .setHeader(getTranslation("chain.region"))
                .setFlexGrow(2);
        grid.addColumn(c -> statusLabel(c.status()))
                .setHeader(getTranslation("chain.status"))
                .setAutoWidth(true);
        grid.addColumn(ChainRow::contributors)
                .setHeader(getTranslation("chain.contributors"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("18rem");
        grid.setEmptyStateText(getTranslation("chain.none"));
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
        var found = chains.find(id.get());
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
        grid.setItems(chains.list());
    }

    /** Reads the shown chain again after a change, or clears the panel when it is gone. */
    private void reload() {
        var id = current == null ? null : current.id();
        current = id == null ? null : chains.find(id).orElse(null);
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
        var hint = new Paragraph(getTranslation("chain.choose"));
        hint.addClassName("atlas-muted");
        details.add(hint);
    }

    private void show(ChainDetails c) {
        current = c;
        details.removeAll();
        grid.getListDataView()
                .getItems()
                .filter(r -> r.id().equals(c.id()))
                .findFirst()
                .ifPresent(grid::select);
        var title = new H3(c.name());
        title.setId("chain-title");
        var header = DetailHeader.of(
                this,
                title,
                "chain",
                () -> new ChainDialog(c, chains, regions, saved -> reload()).open(),
                () -> confirmDelete(c));
        details.add(header, facts(c), Facts.audit(this, c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy()));
        var add = new Button(
                getTranslation("chain.addContributor"),
                VaadinIcon.PLUS.create(),
                e -> new ContributionDialog(c, null, actors, chains, this::reload).open());
        add.setId("add-contributor");
        var contributorsHeader = new HorizontalLayout(
                new H4(getTranslation("chain.contributors") + " ("
                        + c.contributors().size() + ")"),
                add);
        contributorsHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.add(contributorsHeader, contributorGrid(c));
    }

    private Component facts(ChainDetails c) {
        var region = c.region();
        return Facts.row(
                Facts.card(this, "admin.id", c.id()),
                Facts.card(this, "chain.status", statusLabel(c.status())),
                region == null
                        ? Facts.card(this, "chain.region", "–")
                        : Facts.card(
                                this,
                                "chain.region",
                                Links.region(region.ags(), region.name() + " (" + region.ags() + ")")));
    }

    private Grid<ChainDetails.Contributor> contributorGrid(ChainDetails c) {
        var grid = new Grid<ChainDetails.Contributor>();
        grid.setId("chain-contributors");
        grid.addComponentColumn(k -> Links.actor(k.actorId(), k.actorName()))
                .setHeader(getTranslation("admin.actor"))
                .setFlexGrow(3);
        grid.addColumn(k -> k.seatName() + " (" + k.seatAgs() + ")")
                .setHeader(getTranslation("actor.seat"))
                .setFlexGrow(2);
        grid.addColumn(this::phasesLabel)
                .setHeader(getTranslation("chain.phases"))
                .setFlexGrow(4)
                .setTooltipGenerator(this::phasesLabel);
        grid.addComponentColumn(k -> chains.mayEditContributor(k.seatAgs())
                        ? RowActions.editRemove(
                                this,
                                () -> new ContributionDialog(c, k, actors, chains, this::reload).open(),
                                () -> confirmRemove(c, k))
                        : new HorizontalLayout())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(c.contributors());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("chain.noContributors"));
        return grid;
    }

    /** The named phases, or, when none are named, the actor's own ones marked as such. */
    private String phasesLabel(ChainDetails.Contributor k) {
        if (k.phases().isEmpty()) {
            return getTranslation("chain.ownPhases", names(k.ownPhases()));
        }
        return names(k.phases());
    }

    private String names(List<String> codes) {
        return codes.isEmpty()
                ? "–"
                : codes.stream().map(code -> getTranslation("phase." + code)).collect(Collectors.joining(", "));
    }

    private String statusLabel(@Nullable String status) {
        return status == null ? "–" : getTranslation("chainStatus." + status);
    }

    private void confirmDelete(ChainDetails c) {
        Confirm.deletion(
                this,
                getTranslation("chain.deleteTitle", c.name()),
                getTranslation("chain.deleteText", c.contributors().size()),
                () -> {
                    chains.delete(c.id());
                    Notifications.success(getTranslation("admin.deleted", c.name()));
                    current = null;
                    open(null);
                },
                this::reload);
    }

    private void confirmRemove(ChainDetails c, ChainDetails.Contributor k) {
        Confirm.destructive(
                this,
                getTranslation("chain.removeContributorTitle"),
                getTranslation("chain.removeContributorText", k.actorName(), c.name()),
                getTranslation("action.remove"),
                () -> chains.removeContributor(c.id(), k.actorId()),
                this::reload);
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("nav.chains") : current.name()) + " · " + getTranslation("app.name");
    }
}
