package de.kooperationsatlas.graph.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.UrlParameter;
import de.kooperationsatlas.base.ui.UrlState;
import de.kooperationsatlas.chain.ChainRow;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.graph.GraphFilter;
import de.kooperationsatlas.graph.GraphRequest;
import de.kooperationsatlas.graph.GraphService;
import de.kooperationsatlas.graph.NetworkGraph;
import de.kooperationsatlas.network.NetworkRow;
import de.kooperationsatlas.network.NetworkService;
import de.kooperationsatlas.region.Region;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network picture (Netzwerkbild) of a region, a network or a prevention chain: actors coloured by
 * type and sized by betweenness, cooperations styled by kind and intensity, actors without cooperation
 * in a frame below, a legend, filters, a search that centres an actor, a side panel for the clicked
 * actor, PNG and SVG export and the same data as tables. The whole state lives in the URL
 * ({@code graph?region=15085&phase=DAYCARE&actor=HZ-GA}), so a copied link opens the same picture.
 */
@Menu(order = 50, title = "nav.graph", icon = "vaadin:cluster")
@Route("graph")
@PermitAll
@CssImport("./graph/graph.css")
class NetworkGraphView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final GraphService graphs;
    private final JsonMapper json;
    private final GraphFilters filters;
    private final H2 title = new H2();
    private final Span summary = new Span();
    private final GraphCanvas canvas = new GraphCanvas();
    private final TooLargeNotice tooLarge = new TooLargeNotice();
    private final VerticalLayout panel = new VerticalLayout();
    private final ActorPanel actorPanel = new ActorPanel(this::showEgo);
    private final Div legend = new Div();
    private final GraphTables table = new GraphTables();
    private final UrlState url = new UrlState(this, "graph");

    private @Nullable NetworkGraph graph;
    private GraphIndex index = GraphIndex.EMPTY;
    private @Nullable String actor;
    /** The actor whose ego network the picture shows, or null (a region, network or chain). */
    private @Nullable String ego;
    /** The slider's first year: the earliest start or end seen in this view's pictures. */
    private int firstYear = Dates.today().getYear() - 1;

    private final Div changesLegend = new Div();

    NetworkGraphView(
            GraphService graphs,
            RegionService regions,
            NetworkService networks,
            ChainService chains,
            ActorService actors,
            JsonMapper json) {
        this.graphs = graphs;
        this.json = json;
        this.filters = new GraphFilters(
                regions, networks.list(), chains.list(), actors.topicLabels(), canvas.exportButtons(this::fileName));
        setId("graph-view");
        addClassName("atlas-graph-view");
        configureCanvas();
        configureState(regions, networks.list(), chains.list());
        title.setId("graph-title");
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xl)");
        summary.setId("graph-summary");
        summary.addClassName("atlas-muted");
        add(title, filters, summary, content(), table);
        showHint();
    }

    private void configureCanvas() {
        canvas.setId("graph-canvas");
        canvas.addClassName("atlas-graph-canvas");
        canvas.setPalette(GraphPalette.json(json, this::getTranslation));
        canvas.setMode(json.writeValueAsString(PictureMode.DEFAULT.json()));
        canvas.addNodeSelectListener(e -> select(e.actorId()));
    }

    /** Every filter in the URL, in this order; one scope at a time: a region clears network and chain. */
    private void configureState(RegionService regions, List<NetworkRow> networks, List<ChainRow> chains) {
        url.bind(
                        "region",
                        filters.region,
                        UrlParameter.of(RegionRef::ags, ags -> regions.find(ags).map(Region::ref)))
                .bind("network", filters.network, UrlParameter.among(NetworkRow::id, () -> networks))
                .bind("chain", filters.chain, UrlParameter.among(ChainRow::id, () -> chains))
                .bind("phase", filters.phase, UrlParameter.code(LifePhase::ofCode))
                .bind("topic", filters.topic, UrlParameter.text())
                .bind("type", filters.type, UrlParameter.code(ActorType::ofCode))
                .bind("kind", filters.kind, UrlParameter.code(CooperationKind::ofCode))
                .bind(DatePickers.AS_OF, filters.asOf, DatePickers.asOfParameter())
                .bind("compare", filters.compare, DatePickers.dateParameter("compare"))
                .bind("ego", () -> ego, value -> ego = value)
                .bind("depth", filters.depth, PictureMode.DEPTH)
                .bind("colour", filters.colour, PictureMode.COLOURING)
                .bind("size", filters.size, PictureMode.SIZING)
                .bind("weak", filters.weak, PictureMode.WEAK)
                .bind("actor", () -> actor, value -> actor = value);
        for (var scope : List.of(filters.region, filters.network, filters.chain)) {
            scope.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    List.of(filters.region, filters.network, filters.chain).stream()
                            .filter(other -> other != scope)
                            .forEach(other -> other.clear());
                    actor = null;
                    ego = null;
                    url.changed();
                    refresh();
                }
            });
        }
        filters.depth.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        filters.colour.addValueChangeListener(e -> modeChanged());
        filters.size.addValueChangeListener(e -> modeChanged());
        filters.weak.addValueChangeListener(e -> modeChanged());
        filters.phase.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        filters.topic.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        filters.type.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        filters.kind.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        filters.asOf.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        filters.compare.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        filters.year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    showYear(Integer.parseInt(e.getValue()));
                } catch (NumberFormatException ignored) {
                    // a slider sends numbers only
                }
            }
        });
        filters.previousYear.addClickListener(e -> showYear(asOf().getYear() - 1));
        filters.nextYear.addClickListener(e -> showYear(asOf().getYear() + 1));
        filters.search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select(e.getValue().id());
            }
        });
    }

    /** Colour, size and marks changed: the drawn picture is restyled, the legend follows. */
    private void modeChanged() {
        canvas.setMode(json.writeValueAsString(filters.mode().json()));
        showLegend();
    }

    private void showLegend() {
        legend.removeAll();
        legend.add(new Html(GraphLegend.html(this::getTranslation, filters.mode(), GraphLegend.communitySizes(graph))));
    }

    /** The picture of an actor's ego network (from the side panel): the scope fields are cleared. */
    private void showEgo(String actorId) {
        for (var scope : List.of(filters.region, filters.network, filters.chain)) {
            scope.clear();
        }
        ego = actorId;
        url.changed();
        refresh();
    }

    /** The slider's step: the year's 31 December compared with the one of the year before. */
    private void showYear(int year) {
        int clamped = Math.max(firstYear, Math.min(lastYear(), year));
        filters.asOf.setValue(LocalDate.of(clamped, 12, 31));
        filters.compare.setValue(LocalDate.of(clamped - 1, 12, 31));
        url.changed();
        refresh();
    }

    /** The comparison date, none when it is empty or (with a note) after "Stand am". */
    private @Nullable LocalDate compareDate() {
        var compare = filters.compare.getValue();
        if (compare != null && compare.isAfter(asOf())) {
            Notifications.error(getTranslation("graph.compare.afterAsOf"));
            return null;
        }
        return compare;
    }

    private LocalDate asOf() {
        return filters.asOf.getValue() == null ? Dates.today() : filters.asOf.getValue();
    }

    private int lastYear() {
        return Math.max(Dates.today().getYear(), asOf().getYear());
    }

    private void filterChanged(boolean fromClient) {
        if (fromClient) {
            refresh();
        }
    }

    private Component content() {
        changesLegend.setId("graph-changes");
        changesLegend.setVisible(false);
        showLegend();
        panel.add(actorPanel, changesLegend, legend);
        panel.setPadding(false);
        panel.addClassName("atlas-graph-panel");
        var stage = new Div(canvas, tooLarge);
        stage.addClassName("atlas-graph-stage");
        var content = new HorizontalLayout(stage, panel);
        content.setWidthFull();
        content.addClassName("atlas-graph-content");
        return content;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        url.read(event).values().forEach(key -> Notifications.error(getTranslation("graph.notFound", key)));
        canvas.setMode(json.writeValueAsString(filters.mode().json()));
        refresh();
    }

    private void select(@Nullable String actorId) {
        actor = actorId != null && index.nodes().containsKey(actorId) ? actorId : null;
        url.changed();
        showActor();
    }

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
        index = GraphIndex.EMPTY;
        var region = filters.region.getValue();
        var network = filters.network.getValue();
        var chain = filters.chain.getValue();
        filters.ego.setVisible(ego != null && region == null && network == null && chain == null);
        if (region == null && network == null && chain == null && ego == null) {
            showHint();
            return;
        }
        try {
            var filter = GraphFilter.parse(
                    code(filters.phase.getValue()),
                    filters.topic.getValue(),
                    code(filters.type.getValue()),
                    code(filters.kind.getValue()));
            var request = new GraphRequest(
                    region == null ? null : region.ags(),
                    network == null ? null : network.id(),
                    chain == null ? null : chain.id(),
                    region == null && network == null && chain == null ? ego : null,
                    depth());
            show(graphs.of(request, filter, asOf(), compareDate()));
        } catch (NotFoundException e) {
            showHint();
            Notifications.error(getTranslation("graph.notFound", e.key()));
        } catch (IllegalArgumentException e) {
            showHint();
            Notifications.error(getTranslation("analysis.error", String.valueOf(e.getMessage())));
        }
    }

    private int depth() {
        return Integer.parseInt(PictureMode.DEPTH.parse(filters.depth.getValue()));
    }

    private static @Nullable String code(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private void show(NetworkGraph found) {
        graph = found;
        index = GraphIndex.of(found);
        String name = switch (found.scope().kind()) {
            case REGION -> found.scope().name() + " (" + found.scope().key() + ")";
            case ACTOR -> getTranslation("graph.ego.title", found.scope().name());
            default -> found.scope().name();
        };
        title.setText(getTranslation("graph.title") + ": " + name);
        filters.depthLabel.setText(String.valueOf(depth()));
        panel.setVisible(true);
        if (found.tooLarge()) {
            canvas.setVisible(false);
            table.setVisible(false);
            tooLarge.show(found);
            summary.setText(getTranslation("graph.summaryTooLarge", found.matchingActors(), found.scopeActors()));
            table.clear();
            filters.search.setItems(List.of());
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
        showChanges(found);
        showLegend();
        canvas.setData(graphs.json(found));
        table.show(found, index);
        filters.search.setItems(found.nodes());
        showActor();
    }

    /**
     * With a comparison date: the legend's part for new and ended elements and their counts in the
     * summary; the slider's range grows to the earliest year the picture's cooperations name.
     */
    private void showChanges(NetworkGraph found) {
        var picked = filters.compare.getValue();
        var compare = picked == null || picked.isAfter(asOf()) ? null : picked;
        for (var edge : found.edges()) {
            for (var date : new String[] {edge.since(), edge.until()}) {
                if (Dates.valid(date)) {
                    firstYear = Math.min(firstYear, Dates.start(date).getYear());
                }
            }
        }
        if (compare != null) {
            firstYear = Math.min(firstYear, compare.getYear() + 1);
        }
        firstYear = Math.min(firstYear, asOf().getYear());
        filters.showYears(firstYear, lastYear(), asOf().getYear());
        changesLegend.removeAll();
        changesLegend.setVisible(compare != null);
        if (compare == null) {
            return;
        }
        String date = DatePickers.format(compare, getLocale());
        changesLegend.add(new Html(
                GraphLegend.changes(this::getTranslation, found, date, DatePickers.format(asOf(), getLocale()))));
        summary.setText(summary.getText() + " "
                + getTranslation(
                        "graph.summaryChanges",
                        date,
                        found.edgesChanged(NetworkGraph.ADDED),
                        found.edgesChanged(NetworkGraph.ENDED)));
    }

    /** The selected actor in the panel, the picture and the search field. */
    private void showActor() {
        var node = index.node(actor);
        canvas.setSelected(node == null ? null : node.id());
        if (node == null) {
            filters.search.clear();
        } else {
            filters.search.setValue(node);
        }
        actorPanel.show(node, index);
    }

    /** The download's name without extension: {@code netzwerk-15085}. */
    private String fileName() {
        return graph == null ? "netzwerk" : "netzwerk-" + graph.scope().key().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("graph.title") + " · " + getTranslation("app.name");
    }
}
