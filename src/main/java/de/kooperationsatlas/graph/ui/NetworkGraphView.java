package de.kooperationsatlas.graph.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.chain.ChainRow;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.graph.GraphScope;
import de.kooperationsatlas.graph.GraphService;
import de.kooperationsatlas.graph.NetworkGraph;
import de.kooperationsatlas.network.NetworkRow;
import de.kooperationsatlas.network.NetworkService;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network picture (Netzwerkbild) of a region, a network or a prevention chain: actors coloured by
 * type and sized by betweenness, cooperations styled by kind and intensity, actors without cooperation
 * in a frame below, a legend, filters, a search that centres an actor, a side panel for the clicked
 * actor, PNG and SVG export and the same data as tables. The whole state lives in the URL
 * ({@code graph?region=15085&phase=DAYCARE&actor=HZ-GA}), so a copied link opens the same picture.
 */
@Route("graph")
@Menu(order = 50, title = "nav.graph", icon = "vaadin:cluster")
@PermitAll
@CssImport("./graph/graph.css")
class NetworkGraphView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final List<String> PARAMETERS =
            List.of("region", "network", "chain", "phase", "topic", "type", "kind", "actor");

    private final GraphService graphs;
    private final RegionService regions;
    private final NetworkService networks;
    private final ChainService chains;
    private final ActorService actors;
    private final JsonMapper json;

    private final ComboBox<RegionRef> region = new ComboBox<>();
    private final ComboBox<NetworkRow> network = new ComboBox<>();
    private final ComboBox<ChainRow> chain = new ComboBox<>();
    private final Select<LifePhase> phase = new Select<>();
    private final ComboBox<String> topic = new ComboBox<>();
    private final Select<ActorType> type = new Select<>();
    private final Select<CooperationKind> kind = new Select<>();
    private final ComboBox<NetworkGraph.Node> search = new ComboBox<>();
    private final H2 title = new H2();
    private final Span summary = new Span();
    private final GraphCanvas canvas = new GraphCanvas();
    private final Div tooLarge = new Div();
    private final VerticalLayout panel = new VerticalLayout();
    private final Div actorPanel = new Div();
    private final Grid<NetworkGraph.Node> nodeGrid = new Grid<>();
    private final Grid<NetworkGraph.Edge> edgeGrid = new Grid<>();
    private final Details table = new Details();

    /** The state behind the URL. */
    private final Map<String, String> state = new LinkedHashMap<>();

    private @Nullable NetworkGraph graph;
    private Map<String, NetworkGraph.Node> byId = Map.of();
    private boolean updating;

    NetworkGraphView(
            GraphService graphs,
            RegionService regions,
            NetworkService networks,
            ChainService chains,
            ActorService actors,
            JsonMapper json) {
        this.graphs = graphs;
        this.regions = regions;
        this.networks = networks;
        this.chains = chains;
        this.actors = actors;
        this.json = json;
        setId("graph-view");
        addClassName("atlas-graph-view");
        configureScope();
        configureFilters();
        configureCanvas();
        configureTables();
        title.setId("graph-title");
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xl)");
        summary.setId("graph-summary");
        summary.addClassName("atlas-muted");
        add(title, toolbar(), summary, content(), table);
        showHint();
    }

    // --- Building the view ------------------------------------------------------------------

    private void configureScope() {
        region.setLabel(getTranslation("graph.region"));
        region.setPlaceholder(getTranslation("analysis.gaps.regionPlaceholder"));
        region.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), 100).stream().limit(q.getLimit()));
        region.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ")");
        region.setId("graph-region");
        region.setWidth("min(24rem, 100%)");
        network.setLabel(getTranslation("graph.network"));
        network.setItems(networks.list());
        network.setItemLabelGenerator(NetworkRow::name);
        network.setId("graph-network");
        network.setWidth("min(20rem, 100%)");
        chain.setLabel(getTranslation("graph.chain"));
        chain.setItems(chains.list());
        chain.setItemLabelGenerator(c ->
                c.region() == null ? c.name() : c.name() + " (" + c.region().name() + ")");
        chain.setId("graph-chain");
        chain.setWidth("min(20rem, 100%)");
        for (var box : List.of(region, network, chain)) {
            box.setClearButtonVisible(true);
        }
        region.addValueChangeListener(e -> scopeChanged(
                e.isFromClient(),
                "region",
                e.getValue() == null ? null : e.getValue().ags()));
        network.addValueChangeListener(e -> scopeChanged(
                e.isFromClient(),
                "network",
                e.getValue() == null ? null : e.getValue().id()));
        chain.addValueChangeListener(e -> scopeChanged(
                e.isFromClient(),
                "chain",
                e.getValue() == null ? null : e.getValue().id()));
    }

    private void configureFilters() {
        phase.setLabel(getTranslation("analysis.filter.phase"));
        phase.setItems(Arrays.asList(LifePhase.values()));
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("analysis.filter.any"));
        phase.setItemLabelGenerator(
                p -> p == null ? getTranslation("analysis.filter.any") : getTranslation(p.messageKey()));
        phase.setId("graph-phase");
        topic.setLabel(getTranslation("analysis.filter.topic"));
        topic.setItems(actors.topicLabels());
        topic.setClearButtonVisible(true);
        topic.setId("graph-topic");
        type.setLabel(getTranslation("actor.type"));
        type.setItems(Arrays.asList(ActorType.values()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("analysis.filter.any"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("analysis.filter.any") : getTranslation(t.messageKey()));
        type.setId("graph-type");
        kind.setLabel(getTranslation("graph.kind"));
        kind.setItems(Arrays.asList(CooperationKind.values()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("analysis.filter.any"));
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("analysis.filter.any") : getTranslation(k.messageKey()));
        kind.setId("graph-kind");
        phase.addValueChangeListener(e -> filterChanged(
                e.isFromClient(),
                "phase",
                e.getValue() == null ? null : e.getValue().name()));
        topic.addValueChangeListener(e -> filterChanged(e.isFromClient(), "topic", e.getValue()));
        type.addValueChangeListener(e -> filterChanged(
                e.isFromClient(),
                "type",
                e.getValue() == null ? null : e.getValue().name()));
        kind.addValueChangeListener(e -> filterChanged(
                e.isFromClient(),
                "kind",
                e.getValue() == null ? null : e.getValue().name()));
        search.setLabel(getTranslation("graph.search"));
        search.setPlaceholder(getTranslation("graph.searchPlaceholder"));
        search.setItemLabelGenerator(NetworkGraph.Node::name);
        search.setClearButtonVisible(true);
        search.setId("graph-search");
        search.setWidth("min(20rem, 100%)");
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select(e.getValue().id());
            }
        });
    }

    private void configureCanvas() {
        canvas.setId("graph-canvas");
        canvas.addClassName("atlas-graph-canvas");
        canvas.setPalette(paletteJson());
        canvas.addNodeSelectListener(e -> select(e.actorId()));
        tooLarge.setId("graph-too-large");
        tooLarge.addClassName("atlas-graph-too-large");
        tooLarge.setVisible(false);
    }

    private void configureTables() {
        nodeGrid.setId("graph-node-table");
        nodeGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        nodeGrid.addComponentColumn(n -> Links.actor(n.id(), n.name()))
                .setHeader(getTranslation("actor.name"))
                .setFlexGrow(3);
        nodeGrid.addColumn(n -> getTranslation("actorType." + n.type()))
                .setHeader(getTranslation("actor.type"))
                .setFlexGrow(2);
        nodeGrid.addColumn(n -> n.seatName() == null ? "" : n.seatName())
                .setHeader(getTranslation("actor.seat"))
                .setFlexGrow(2);
        nodeGrid.addColumn(n -> String.join(
                        ", ",
                        n.phases().stream()
                                .map(p -> getTranslation("phase." + p))
                                .toList()))
                .setHeader(getTranslation("actor.phases"))
                .setFlexGrow(3);
        nodeGrid.addColumn(n -> degree(n.id()))
                .setHeader(getTranslation("graph.column.cooperations"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        nodeGrid.addColumn(n -> number(n.betweenness()))
                .setHeader(getTranslation("analysis.column.betweenness"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        nodeGrid.addColumn(n -> n.isolated() ? getTranslation("graph.isolatedShort") : "")
                .setHeader(getTranslation("graph.column.isolated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        nodeGrid.setHeight("28rem");
        edgeGrid.setId("graph-edge-table");
        edgeGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        edgeGrid.addComponentColumn(e -> Links.actor(e.source(), name(e.source())))
                .setHeader(getTranslation("analysis.column.actorA"))
                .setFlexGrow(3);
        edgeGrid.addComponentColumn(e -> Links.actor(e.target(), name(e.target())))
                .setHeader(getTranslation("analysis.column.actorB"))
                .setFlexGrow(3);
        edgeGrid.addColumn(e -> e.kind() == null ? "" : getTranslation("cooperationKind." + e.kind()))
                .setHeader(getTranslation("cooperation.kind"))
                .setFlexGrow(1);
        edgeGrid.addColumn(e -> e.intensity() == null ? "" : String.valueOf(e.intensity()))
                .setHeader(getTranslation("cooperation.intensity"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        edgeGrid.addColumn(e -> e.since() == null ? "" : e.since())
                .setHeader(getTranslation("cooperation.since"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        edgeGrid.setHeight("28rem");
        var tables = new VerticalLayout(
                new H3(getTranslation("graph.table.actors")),
                nodeGrid,
                new H3(getTranslation("graph.table.cooperations")),
                edgeGrid);
        tables.setPadding(false);
        table.setSummaryText(getTranslation("graph.table"));
        table.add(tables);
        table.setId("graph-table");
        table.setWidthFull();
        table.addClassName("atlas-no-print");
    }

    /** Scope, filters, search and exports in one wrapping row, so the picture stays in view. */
    private Component toolbar() {
        var png = new Button("PNG", VaadinIcon.DOWNLOAD_ALT.create(), e -> canvas.exportPng(fileName() + ".png"));
        png.setId("graph-png");
        png.setTooltipText(getTranslation("graph.exportPng"));
        var svg = new Button("SVG", VaadinIcon.DOWNLOAD_ALT.create(), e -> canvas.exportSvg(fileName() + ".svg"));
        svg.setId("graph-svg");
        svg.setTooltipText(getTranslation("graph.exportSvg"));
        var print = new Button(
                getTranslation("graph.print"),
                VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("graph-print");
        for (var button : List.of(png, svg, print)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        for (var box : List.of(region, network, chain, topic, search)) {
            box.addThemeVariants(com.vaadin.flow.component.combobox.ComboBoxVariant.LUMO_SMALL);
        }
        for (var select : List.of(phase, type, kind)) {
            select.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
        }
        region.setWidth("15rem");
        network.setWidth("13rem");
        chain.setWidth("13rem");
        phase.setWidth("12rem");
        topic.setWidth("11rem");
        type.setWidth("12rem");
        kind.setWidth("10rem");
        search.setWidth("14rem");
        var bar = new HorizontalLayout(region, network, chain, phase, topic, type, kind, search, png, svg, print);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.setWidthFull();
        bar.setSpacing(false);
        bar.getStyle().set("gap", "0 var(--lumo-space-s)");
        bar.addClassName("atlas-no-print");
        return bar;
    }

    private Component content() {
        actorPanel.setId("graph-actor-panel");
        panel.add(actorPanel, legend());
        panel.setPadding(false);
        panel.addClassName("atlas-graph-panel");
        var stage = new Div(canvas, tooLarge);
        stage.addClassName("atlas-graph-stage");
        var content = new HorizontalLayout(stage, panel);
        content.setWidthFull();
        content.addClassName("atlas-graph-content");
        return content;
    }

    private Component legend() {
        var html = new StringBuilder("<div class='atlas-graph-legend' id='graph-legend'>");
        html.append("<h4>").append(esc(getTranslation("graph.legend.types"))).append("</h4><ul>");
        for (ActorType t : ActorType.values()) {
            html.append("<li data-type='")
                    .append(t.name())
                    .append("'>")
                    .append(GraphPalette.typeSwatch(t))
                    .append("<span>")
                    .append(esc(getTranslation(t.messageKey())))
                    .append("</span></li>");
        }
        html.append("</ul><h4>")
                .append(esc(getTranslation("graph.legend.kinds")))
                .append("</h4><ul>");
        for (var entry : GraphPalette.KINDS.entrySet()) {
            html.append("<li>")
                    .append(GraphPalette.lineSwatch(entry.getValue(), 2))
                    .append("<span>")
                    .append(esc(getTranslation(entry.getKey().messageKey())))
                    .append("</span></li>");
        }
        html.append("</ul><h4>")
                .append(esc(getTranslation("graph.legend.intensity")))
                .append("</h4><ul>");
        for (int i = 1; i <= 3; i++) {
            html.append("<li>")
                    .append(GraphPalette.lineSwatch(List.of(), GraphPalette.WIDTHS.get(i)))
                    .append("<span>")
                    .append(esc(getTranslation("graph.legend.intensity" + i)))
                    .append("</span></li>");
        }
        html.append("</ul><h4>")
                .append(esc(getTranslation("graph.legend.more")))
                .append("</h4><ul>")
                .append("<li><svg width='16' height='16' aria-hidden='true'><circle cx='8' cy='8' r='6' fill='#fff'"
                        + " stroke='#000' stroke-width='2' stroke-dasharray='3 2'/></svg><span>")
                .append(esc(getTranslation("graph.legend.isolated")))
                .append("</span></li>")
                .append("<li><svg width='16' height='16' aria-hidden='true'><circle cx='8' cy='8' r='3' fill='#999'/>"
                        + "<circle cx='8' cy='8' r='7' fill='none' stroke='#999'/></svg><span>")
                .append(esc(getTranslation("graph.legend.size")))
                .append("</span></li>")
                .append("<li><svg width='16' height='16' aria-hidden='true'><rect x='1' y='3' width='14' height='10'"
                        + " rx='3' fill='#f3f3f3' stroke='#888' stroke-dasharray='3 2'/></svg><span>")
                .append(esc(getTranslation("graph.legend.alone")))
                .append("</span></li></ul></div>");
        return new Html(html.toString());
    }

    private String paletteJson() {
        Map<String, Object> types = new LinkedHashMap<>();
        GraphPalette.TYPES.forEach((t, s) -> types.put(t.name(), Map.of("color", s.color(), "shape", s.shape())));
        Map<String, Object> kinds = new LinkedHashMap<>();
        GraphPalette.KINDS.forEach((k, dash) -> kinds.put(k.name(), dash));
        return json.writeValueAsString(Map.of(
                "types", types,
                "kinds", kinds,
                "labels", Map.of("alone", getTranslation("graph.alone"), "aria", getTranslation("graph.aria"))));
    }

    // --- State and URL ----------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        state.clear();
        for (String name : PARAMETERS) {
            query.getSingleParameter(name).filter(v -> !v.isBlank()).ifPresent(v -> state.put(name, v.strip()));
        }
        updating = true;
        try {
            region.setValue(
                    state.containsKey("region")
                            ? regions.find(state.get("region"))
                                    .map(r -> new RegionRef(r.ags(), r.name(), r.level()))
                                    .orElse(null)
                            : null);
            network.setValue(networks.list().stream()
                    .filter(n -> n.id().equals(state.get("network")))
                    .findFirst()
                    .orElse(null));
            chain.setValue(chains.list().stream()
                    .filter(c -> c.id().equals(state.get("chain")))
                    .findFirst()
                    .orElse(null));
            phase.setValue(LifePhase.ofCode(state.getOrDefault("phase", "")).orElse(null));
            topic.setValue(state.get("topic"));
            type.setValue(ActorType.ofCode(state.getOrDefault("type", "")).orElse(null));
            kind.setValue(CooperationKind.ofCode(state.getOrDefault("kind", "")).orElse(null));
        } finally {
            updating = false;
        }
        refresh();
    }

    private void scopeChanged(boolean fromClient, String name, @Nullable String value) {
        if (!fromClient || updating) {
            return;
        }
        // One scope at a time: choosing a region clears network and chain, and so on.
        updating = true;
        try {
            state.remove("region");
            state.remove("network");
            state.remove("chain");
            state.remove("actor");
            if (value != null) {
                state.put(name, value);
            }
            if (!"region".equals(name)) {
                region.clear();
            }
            if (!"network".equals(name)) {
                network.clear();
            }
            if (!"chain".equals(name)) {
                chain.clear();
            }
        } finally {
            updating = false;
        }
        pushUrl();
        refresh();
    }

    private void filterChanged(boolean fromClient, String name, @Nullable String value) {
        if (!fromClient || updating) {
            return;
        }
        if (value == null || value.isBlank()) {
            state.remove(name);
        } else {
            state.put(name, value);
        }
        pushUrl();
        refresh();
    }

    private void select(@Nullable String actorId) {
        if (actorId == null || !byId.containsKey(actorId)) {
            state.remove("actor");
        } else {
            state.put("actor", actorId);
        }
        pushUrl();
        showActor();
    }

    private void pushUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            if (state.containsKey(name)) {
                params.put(name, state.get(name));
            }
        }
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("graph", QueryParameters.simple(params))));
    }

    // --- Showing the picture ----------------------------------------------------------------

    private void showHint() {
        title.setText(getTranslation("graph.title"));
        summary.setText(getTranslation("graph.hint"));
        canvas.setVisible(false);
        tooLarge.setVisible(false);
        panel.setVisible(false);
        table.setVisible(false);
    }

    private void refresh() {
        graph = null;
        byId = Map.of();
        if (!state.containsKey("region") && !state.containsKey("network") && !state.containsKey("chain")) {
            showHint();
            return;
        }
        try {
            var filter =
                    GraphService.filter(state.get("phase"), state.get("topic"), state.get("type"), state.get("kind"));
            var found = graphs.of(state.get("region"), state.get("network"), state.get("chain"), filter);
            show(found);
        } catch (NotFoundException e) {
            showHint();
            Notifications.error(getTranslation("graph.notFound", e.key()));
        } catch (IllegalArgumentException e) {
            showHint();
            Notifications.error(getTranslation("analysis.error", String.valueOf(e.getMessage())));
        }
    }

    private void show(NetworkGraph found) {
        graph = found;
        Map<String, NetworkGraph.Node> index = new HashMap<>();
        found.nodes().forEach(n -> index.put(n.id(), n));
        byId = index;
        title.setText(getTranslation("graph.title") + ": " + found.scope().name()
                + (found.scope().kind() == GraphScope.Kind.REGION
                        ? " (" + found.scope().key() + ")"
                        : ""));
        panel.setVisible(true);
        if (found.tooLarge()) {
            canvas.setVisible(false);
            table.setVisible(false);
            tooLarge.setVisible(true);
            tooLarge.removeAll();
            tooLarge.add(
                    new H3(getTranslation("graph.tooLarge.title")),
                    new Paragraph(getTranslation("graph.tooLarge.text", found.matchingActors(), found.maxNodes())));
            summary.setText(getTranslation("graph.summaryTooLarge", found.matchingActors(), found.scopeActors()));
            nodeGrid.setItems(List.of());
            edgeGrid.setItems(List.of());
            search.setItems(List.of());
            actorPanel.removeAll();
            return;
        }
        tooLarge.setVisible(false);
        canvas.setVisible(true);
        table.setVisible(true);
        long isolated =
                found.nodes().stream().filter(NetworkGraph.Node::isolated).count();
        summary.setText(getTranslation(
                "graph.summary",
                found.nodes().size(),
                found.scopeActors(),
                found.edges().size(),
                isolated));
        canvas.setData(graphs.json(found));
        degrees = degrees(found);
        nodeGrid.setItems(found.nodes());
        edgeGrid.setItems(found.edges());
        search.setItems(found.nodes());
        showActor();
    }

    private Map<String, Integer> degrees = Map.of();

    private static Map<String, Integer> degrees(NetworkGraph graph) {
        Map<String, Integer> result = new HashMap<>();
        for (var e : graph.edges()) {
            result.merge(e.source(), 1, Integer::sum);
            result.merge(e.target(), 1, Integer::sum);
        }
        return result;
    }

    private int degree(String id) {
        return degrees.getOrDefault(id, 0);
    }

    /** The side panel for the selected actor: its essentials from the picture and a link to its page. */
    private void showActor() {
        actorPanel.removeAll();
        String id = state.get("actor");
        var node = id == null ? null : byId.get(id);
        canvas.setSelected(node == null ? null : node.id());
        if (node == null) {
            search.clear();
            actorPanel.add(new Span(getTranslation("graph.clickHint")));
            actorPanel.getElement().setAttribute("data-actor", "");
            return;
        }
        search.setValue(node);
        actorPanel.getElement().setAttribute("data-actor", node.id());
        var name = new H3(node.name());
        name.setId("graph-actor-name");
        actorPanel.add(name);
        actorPanel.add(fact("actor.type", getTranslation("actorType." + node.type())));
        if (node.seatName() != null) {
            actorPanel.add(fact("actor.seat", node.seatName() + " (" + node.seatAgs() + ")"));
        }
        if (!node.phases().isEmpty()) {
            actorPanel.add(fact(
                    "actor.phases",
                    String.join(
                            ", ",
                            node.phases().stream()
                                    .map(p -> getTranslation("phase." + p))
                                    .toList())));
        }
        if (!node.topics().isEmpty()) {
            actorPanel.add(fact("actor.topics", String.join(", ", node.topics())));
        }
        actorPanel.add(fact("analysis.column.betweenness", number(node.betweenness())));
        actorPanel.add(fact(
                "graph.column.cooperations",
                node.isolated() ? getTranslation("graph.legend.isolated") : String.valueOf(degree(node.id()))));
        var link = Links.actor(node.id(), getTranslation("graph.openActor"));
        link.setId("graph-actor-link");
        actorPanel.add(new Div(link));
    }

    private Component fact(String labelKey, String value) {
        var label = new Div(getTranslation(labelKey));
        label.addClassName("atlas-muted");
        var div = new Div(label, new Div(value));
        div.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return div;
    }

    private String name(String id) {
        var node = byId.get(id);
        return node == null ? id : node.name();
    }

    private String fileName() {
        if (graph == null) {
            return "netzwerk";
        }
        return "netzwerk-" + graph.scope().key().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private String number(double value) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("graph.title") + " · " + getTranslation("app.name");
    }
}
