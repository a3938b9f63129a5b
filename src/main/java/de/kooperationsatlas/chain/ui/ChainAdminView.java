package de.kooperationsatlas.chain.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.ui.AdminPage;
import de.kooperationsatlas.base.ui.Facts;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.chain.ChainDetails;
import de.kooperationsatlas.chain.ChainRow;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Prevention chains for administrators: all chains in a grid; the chosen one ({@code admin/chains/<id>})
 * with its region and contributors, each with the life phases it contributes.
 */
@Route("admin/chains/:id?")
@Menu(order = 81, title = "nav.chains", icon = "vaadin:connect")
@RolesAllowed("ADMIN")
class ChainAdminView extends AdminPage<ChainRow, ChainDetails> {

    private final ChainService chains;
    private final ActorService actors;
    private final RegionService regions;

    ChainAdminView(ChainService chains, ActorService actors, RegionService regions) {
        super("admin/chains", "chain", "nav.chains", chains::list, chains::find, chains::delete);
        this.chains = chains;
        this.actors = actors;
        this.regions = regions;
        configureGrid();
    }

    private void configureGrid() {
        addNameColumn(3);
        addIdColumn();
        grid.addColumn(c -> c.region() == null
                        ? "–"
                        : c.region().name() + " (" + c.region().ags() + ")")
                .setHeader(getTranslation("chain.region"))
                .setFlexGrow(2);
        grid.addColumn(c -> statusLabel(c.status()))
                .setHeader(getTranslation("chain.status"))
                .setAutoWidth(true);
        addCountColumn(ChainRow::contributors, "chain.contributors");
    }

    @Override
    protected Dialog dialog(@Nullable ChainDetails existing, Consumer<ChainDetails> saved) {
        return new ChainDialog(existing, chains, regions, saved);
    }

    @Override
    protected List<Component> summary(ChainDetails c) {
        var region = c.region();
        return List.of(Facts.row(
                Facts.card(this, "admin.id", c.id()),
                Facts.card(this, "chain.status", statusLabel(c.status())),
                region == null
                        ? Facts.card(this, "chain.region", "–")
                        : Facts.card(
                                this,
                                "chain.region",
                                Links.region(region.ags(), region.name() + " (" + region.ags() + ")"))));
    }

    @Override
    protected List<Component> links(ChainDetails c) {
        return List.of(
                linksHeader(
                        "chain.contributors",
                        c.contributors().size(),
                        "chain.addContributor",
                        "add-contributor",
                        () -> new ContributionDialog(c, null, actors, chains, this::reload).open()),
                linkGrid(
                        "contributors",
                        c,
                        c.contributors(),
                        columns -> columns.addColumn(this::phasesLabel)
                                .setHeader(getTranslation("chain.phases"))
                                .setFlexGrow(4)
                                .setTooltipGenerator(this::phasesLabel),
                        actors::mayEditSeat,
                        k -> new ContributionDialog(c, k, actors, chains, this::reload).open(),
                        "chain.removeContributor",
                        chains::removeContributor));
    }

    @Override
    protected int dependents(ChainDetails c) {
        return c.contributors().size();
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
}
