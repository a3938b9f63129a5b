package de.kooperationsatlas.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.ui.AdminPage;
import de.kooperationsatlas.base.ui.Facts;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.network.NetworkDetails;
import de.kooperationsatlas.network.NetworkRow;
import de.kooperationsatlas.network.NetworkService;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Networks for administrators: all networks in a grid; the chosen one ({@code admin/networks/<id>})
 * with the regions it covers and its members, each changeable.
 */
@Route("admin/networks/:id?")
@Menu(order = 80, title = "nav.networks", icon = "vaadin:cluster")
@RolesAllowed("ADMIN")
class NetworkAdminView extends AdminPage<NetworkRow, NetworkDetails> {

    private final NetworkService networks;
    private final ActorService actors;
    private final RegionService regions;

    NetworkAdminView(NetworkService networks, ActorService actors, RegionService regions) {
        super("admin/networks", "network", "nav.networks", networks::list, networks::find, networks::delete);
        this.networks = networks;
        this.actors = actors;
        this.regions = regions;
        configureGrid();
    }

    private void configureGrid() {
        addNameColumn(3);
        addIdColumn();
        grid.addColumn(n -> n.covers().stream()
                        .map(r -> r.name() + " (" + r.ags() + ")")
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("network.covers"))
                .setFlexGrow(2);
        addCountColumn(NetworkRow::members, "network.members");
    }

    @Override
    protected Dialog dialog(@Nullable NetworkDetails existing, Consumer<NetworkDetails> saved) {
        return new NetworkDialog(existing, networks, regions, saved);
    }

    @Override
    protected List<Component> summary(NetworkDetails n) {
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
        List<Component> summary = new ArrayList<>(List.of(facts));
        if (n.description() != null) {
            summary.add(new Paragraph(n.description()));
        }
        return summary;
    }

    @Override
    protected List<Component> links(NetworkDetails n) {
        return List.of(
                linksHeader(
                        "network.members",
                        n.members().size(),
                        "network.addMember",
                        "add-member",
                        () -> new MemberDialog(n, null, actors, networks, this::reload).open()),
                linkGrid(
                        "members",
                        n,
                        n.members(),
                        columns -> {
                            columns.addColumn(m -> m.role() == null ? "–" : m.role())
                                    .setHeader(getTranslation("network.role"))
                                    .setFlexGrow(1);
                            columns.addColumn(m -> m.since() == null ? "–" : m.since())
                                    .setHeader(getTranslation("cooperation.since"))
                                    .setAutoWidth(true)
                                    .setFlexGrow(0);
                            columns.addColumn(m -> m.until() == null ? "–" : m.until())
                                    .setHeader(getTranslation("network.memberUntil"))
                                    .setAutoWidth(true)
                                    .setFlexGrow(0);
                        },
                        actors::mayEditSeat,
                        m -> new MemberDialog(n, m, actors, networks, this::reload).open(),
                        "network.removeMember",
                        networks::removeMember));
    }

    @Override
    protected int dependents(NetworkDetails n) {
        return n.members().size();
    }
}
