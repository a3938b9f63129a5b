package de.kooperationsatlas.graph.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.graph.NetworkGraph;
import java.util.List;

/** The network picture's text alternative: its actors and its cooperations as two tables, folded. */
class GraphTables extends Details {

    private final Grid<NetworkGraph.Node> nodes = new Grid<>();
    private final Grid<NetworkGraph.Edge> edges = new Grid<>();
    private GraphIndex index = GraphIndex.EMPTY;

    GraphTables() {
        configureNodes();
        configureEdges();
        var tables = new VerticalLayout(
                new H3(getTranslation("graph.table.actors")),
                nodes,
                new H3(getTranslation("graph.table.cooperations")),
                edges);
        tables.setPadding(false);
        setSummaryText(getTranslation("graph.table"));
        add(tables);
        setId("graph-table");
        setWidthFull();
        addClassName("atlas-no-print");
    }

    void show(NetworkGraph graph, GraphIndex index) {
        this.index = index;
        nodes.setItems(graph.nodes());
        edges.setItems(graph.edges());
    }

    void clear() {
        index = GraphIndex.EMPTY;
        nodes.setItems(List.of());
        edges.setItems(List.of());
    }

    private void configureNodes() {
        nodes.setId("graph-node-table");
        nodes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        nodes.addComponentColumn(n -> Links.actor(n.id(), n.name()))
                .setHeader(getTranslation("actor.name"))
                .setFlexGrow(3);
        nodes.addColumn(n -> getTranslation("actorType." + n.type()))
                .setHeader(getTranslation("actor.type"))
                .setFlexGrow(2);
        nodes.addColumn(n -> n.seatName() == null ? "" : n.seatName())
                .setHeader(getTranslation("actor.seat"))
                .setFlexGrow(2);
        nodes.addColumn(n -> String.join(
                        ", ",
                        n.phases().stream()
                                .map(p -> getTranslation("phase." + p))
                                .toList()))
                .setHeader(getTranslation("actor.phases"))
                .setFlexGrow(3);
        nodes.addColumn(n -> index.degree(n.id()))
                .setHeader(getTranslation("graph.column.cooperations"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        nodes.addColumn(n -> GraphIndex.number(n.betweenness(), getLocale()))
                .setHeader(getTranslation("analysis.column.betweenness"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        nodes.addColumn(n -> getTranslation("sector." + n.sector()))
                .setHeader(getTranslation("graph.panel.sector"))
                .setFlexGrow(2);
        nodes.addColumn(n -> n.community() + 1)
                .setHeader(getTranslation("graph.panel.community"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        nodes.addColumn(n -> n.separates() > 0 ? getTranslation("graph.panel.separates", n.separates()) : "")
                .setHeader(getTranslation("graph.panel.cut"))
                .setFlexGrow(2);
        nodes.addColumn(n -> n.isolated() ? getTranslation("graph.isolatedShort") : "")
                .setHeader(getTranslation("graph.column.isolated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        nodes.setHeight("28rem");
    }

    private void configureEdges() {
        edges.setId("graph-edge-table");
        edges.addThemeVariants(GridVariant.LUMO_COMPACT);
        edges.addComponentColumn(e -> Links.actor(e.source(), index.name(e.source())))
                .setHeader(getTranslation("analysis.column.actorA"))
                .setFlexGrow(3);
        edges.addComponentColumn(e -> Links.actor(e.target(), index.name(e.target())))
                .setHeader(getTranslation("analysis.column.actorB"))
                .setFlexGrow(3);
        edges.addColumn(e -> e.kind() == null ? "" : getTranslation("cooperationKind." + e.kind()))
                .setHeader(getTranslation("cooperation.kind"))
                .setFlexGrow(1);
        edges.addColumn(e -> e.intensity() == null ? "" : String.valueOf(e.intensity()))
                .setHeader(getTranslation("cooperation.intensity"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        edges.addColumn(e -> e.since() == null ? "" : e.since())
                .setHeader(getTranslation("cooperation.since"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        edges.addColumn(e -> e.critical() ? getTranslation("graph.column.criticalYes") : "")
                .setHeader(getTranslation("graph.column.critical"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        edges.setHeight("28rem");
    }
}
