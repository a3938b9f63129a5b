package de.kooperationsatlas.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.DistrictComparison.District;
import de.kooperationsatlas.analysis.DistrictFigure;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.map.ColourScale;
import de.kooperationsatlas.map.ColourScale.Legend;
import de.kooperationsatlas.map.MapProperties;
import de.kooperationsatlas.map.MapService;
import de.kooperationsatlas.map.MunicipalityFigure;
import de.kooperationsatlas.map.MunicipalityMap;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map (Karte): Germany's 401 districts coloured by a figure of the district comparison, or a
 * state's municipalities coloured by a municipality figure with the actor seats as markers. The URL
 * holds what is shown, so a copied link reopens the same map: {@code map?figure=density},
 * {@code map?state=15&figure=belonging&selected=15085135}. Below the map the same figures as a table.
 */
@Route("map")
@PermitAll
class MapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String ROUTE = "map";
    private static final Logger log = LoggerFactory.getLogger(MapView.class);

    private final AnalysisService analyses;
    private final MapService maps;
    private final MapProperties settings;
    private final List<RegionRef> states;

    private final Select<RegionRef> state = new Select<>();
    private final Select<String> figure = new Select<>();
    private final Button germany = new Button();
    private final AtlasMap map = new AtlasMap();
    private final Span summary = new Span();
    private final VerticalLayout details = new VerticalLayout();
    private final H3 tableTitle = new H3();
    private final Grid<Row> table = new Grid<>();

    private @Nullable String stateKey;
    private String figureKey = DistrictFigure.ACTORS_PER_10K.key();
    private @Nullable String selected;
    private List<District> districts = List.of();
    private @Nullable MunicipalityMap municipalities;

    /** One area in the table: its figure value as shown and the legend class it falls in. */
    record Row(String ags, String name, double value, String shown, String colour, String classLabel) {}

    MapView(AnalysisService analyses, MapService maps, RegionService regions, MapProperties settings) {
        this.analyses = analyses;
        this.maps = maps;
        this.settings = settings;
        this.states = regions.states();
        setMaxWidth("110rem");
        configureFilters();
        configureMap();
        configureTable();
        add(new H2(getTranslation("map.title")), toolbar(), content(), textAlternative());
    }

    private void configureFilters() {
        state.setLabel(getTranslation("map.area"));
        state.setItems(states);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("map.germany"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("map.germany") : s.name());
        state.setWidth("min(20rem, 100%)");
        state.setId("map-state");
        state.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(e.getValue() == null ? null : e.getValue().ags(), null, null);
            }
        });
        figure.setLabel(getTranslation("map.figure"));
        // One generator for both levels: the items change between district and municipality figures.
        figure.setItemLabelGenerator(key -> key == null
                ? ""
                : getTranslation(DistrictFigure.ofKey(key)
                        .map(DistrictFigure::labelKey)
                        .or(() -> MunicipalityFigure.ofKey(key).map(MunicipalityFigure::labelKey))
                        .orElse(key)));
        figure.setWidth("min(26rem, 100%)");
        figure.setId("map-figure");
        figure.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(stateKey, e.getValue(), selected);
            }
        });
        germany.setText(getTranslation("map.backToGermany"));
        germany.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        germany.setId("map-germany");
        germany.addClickListener(e -> navigate(null, null, null));
    }

    private void configureMap() {
        // Screen readers get the summary here and the figures in the table below the map.
        map.getElement().setAttribute("role", "region");
        map.setWidthFull();
        map.setHeight("min(72vh, 46rem)");
        map.onRegionClick(this::select);
        map.onSeatClick(this::select);
        map.onError(message -> Notifications.error(getTranslation("map.error", message)));
    }

    private void configureTable() {
        table.setId("map-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addComponentColumn(r -> Links.region(r.ags(), r.name()))
                .setHeader(getTranslation("map.table.name"))
                .setComparator(Comparator.comparing(Row::name))
                .setSortable(true)
                .setFlexGrow(3);
        table.addColumn(Row::ags)
                .setHeader(getTranslation("analysis.csv.ags"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(Row::shown)
                .setKey("value")
                .setHeader(getTranslation("map.figure"))
                .setComparator(Comparator.comparingDouble(Row::value))
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        table.addComponentColumn(r -> {
                    var swatch = new Span();
                    swatch.addClassName("atlas-map-swatch");
                    swatch.getStyle().set("background", r.colour());
                    var label = new Span(swatch, new Span(r.classLabel()));
                    label.getStyle().set("display", "inline-flex").set("gap", "0.4rem");
                    return label;
                })
                .setHeader(getTranslation("map.table.class"))
                .setComparator(Comparator.comparingDouble(Row::value))
                .setAutoWidth(true);
        table.setHeight("28rem");
    }

    private Component toolbar() {
        var print = new Button(
                getTranslation("map.print"),
                VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.setId("map-print");
        var toolbar = new HorizontalLayout(state, figure, germany, print);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.addClassName("atlas-noprint");
        return toolbar;
    }

    private Component content() {
        summary.addClassName("atlas-muted");
        summary.setId("map-summary");
        details.setId("map-details");
        details.setPadding(false);
        details.setSpacing(false);
        details.setWidth("20rem");
        details.addClassName("atlas-noprint");
        details.getStyle().set("flex-shrink", "0");
        var row = new HorizontalLayout(map, details);
        row.setWidthFull();
        row.setFlexGrow(1, map);
        row.setAlignItems(FlexComponent.Alignment.START);
        var content = new VerticalLayout(summary, row);
        content.setPadding(false);
        content.setSpacing(false);
        content.setWidthFull();
        return content;
    }

    private Component textAlternative() {
        var section = new VerticalLayout(tableTitle, table);
        section.setPadding(false);
        section.setWidthFull();
        section.setId("map-text-alternative");
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var requestedState = parameters.getSingleParameter("state").orElse(null);
        var found = Optional.ofNullable(requestedState)
                .flatMap(key -> states.stream().filter(s -> s.ags().equals(key)).findFirst());
        if (requestedState != null && found.isEmpty()) {
            Notifications.error(getTranslation("map.unknownState", requestedState));
        }
        stateKey = found.map(RegionRef::ags).orElse(null);
        state.setValue(found.orElse(null));
        var requestedFigure = parameters.getSingleParameter("figure").orElse("");
        figureKey = stateKey == null
                ? DistrictFigure.ofKey(requestedFigure)
                        .orElse(DistrictFigure.ACTORS_PER_10K)
                        .key()
                : MunicipalityFigure.ofKey(requestedFigure)
                        .orElse(MunicipalityFigure.BELONGING)
                        .key();
        selected = parameters.getSingleParameter("selected").orElse(null);
        render();
    }

    private void navigate(@Nullable String toState, @Nullable String toFigure, @Nullable String toSelected) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE, parameters(toState, toFigure, toSelected)));
    }

    private static QueryParameters parameters(
            @Nullable String toState, @Nullable String toFigure, @Nullable String toSelected) {
        Map<String, String> values = new LinkedHashMap<>();
        if (toState != null) {
            values.put("state", toState);
        }
        if (toFigure != null) {
            values.put("figure", toFigure);
        }
        if (toSelected != null) {
            values.put("selected", toSelected);
        }
        return QueryParameters.simple(values);
    }

    private void render() {
        germany.setVisible(stateKey != null);
        try {
            if (stateKey == null) {
                renderGermany();
            } else {
                renderState(stateKey);
            }
        } catch (RuntimeException e) {
            log.warn("The map of {} by {} failed", stateKey == null ? "Germany" : stateKey, figureKey, e);
            table.setItems();
            Notifications.error(getTranslation("map.error", String.valueOf(e.getMessage())));
        }
    }

    private void renderGermany() {
        var chosen = DistrictFigure.ofKey(figureKey).orElseThrow();
        figure.setItems(
                Arrays.stream(DistrictFigure.values()).map(DistrictFigure::key).toList());
        figure.setValue(chosen.key());
        districts = analyses.districts(null).districts();
        municipalities = null;
        var legend = ColourScale.of(districts.stream().mapToDouble(chosen::of).toArray());
        var rows = new ArrayList<Row>();
        for (var d : districts) {
            rows.add(row(d.ags(), d.name(), chosen.of(d), chosen.decimals(), legend));
        }
        String figureName = getTranslation(chosen.labelKey());
        var config = config("districts", "api/map/districts", figureName, rows, legend, chosen.decimals());
        config.put("borderWeight", 0.4);
        var lines = config.putArray("outlineUrls");
        lines.add("api/map/states");
        config.putArray("outlineStyles").addObject().put("colour", "#1a1a1a").put("weight", 1.3);
        map.show(config);
        summary.setText(getTranslation("map.summary.districts", districts.size(), figureName));
        map.getElement().setAttribute("aria-label", summary.getText());
        tableTitle.setText(getTranslation("map.table", figureName));
        table.getColumnByKey("value").setHeader(figureName);
        showTable(rows);
        showDetails();
    }

    private void renderState(String key) {
        var chosen = MunicipalityFigure.ofKey(figureKey).orElseThrow();
        figure.setItems(Arrays.stream(MunicipalityFigure.values())
                .map(MunicipalityFigure::key)
                .toList());
        figure.setValue(chosen.key());
        var found = maps.municipalities(key);
        municipalities = found;
        districts = List.of();
        var legend = ColourScale.of(
                found.municipalities().stream().mapToDouble(chosen::of).toArray());
        var rows = new ArrayList<Row>();
        for (var m : found.municipalities()) {
            rows.add(row(m.ags(), m.name(), chosen.of(m), chosen.decimals(), legend));
        }
        String figureName = getTranslation(chosen.labelKey());
        var config = config(
                "municipalities:" + key,
                "api/map/states/" + key + "/municipalities",
                figureName,
                rows,
                legend,
                chosen.decimals());
        config.put("focus", key);
        config.put("borderWeight", 0.3);
        var lines = config.putArray("outlineUrls");
        lines.add("api/map/districts");
        lines.add("api/map/states");
        var styles = config.putArray("outlineStyles");
        styles.addObject().put("colour", "#333333").put("weight", 1.1).put("prefix", key);
        styles.addObject().put("colour", "#000000").put("weight", 2.2).put("prefix", key);
        var seats = config.putArray("seats");
        for (var seat : found.seats()) {
            var s = seats.addObject()
                    .put("ags", seat.ags())
                    .put("name", seat.name())
                    .put("lat", seat.latitude())
                    .put("lon", seat.longitude());
            var actors = s.putArray("actors");
            seat.actors().forEach(a -> actors.addObject().put("id", a.id()).put("name", a.name()));
        }
        map.show(config);
        long seated = found.seats().stream().mapToLong(s -> s.actors().size()).sum();
        summary.setText(getTranslation(
                "map.summary.municipalities",
                found.municipalities().size(),
                state.getValue() == null ? key : state.getValue().name(),
                figureName,
                seated,
                found.seats().size()));
        map.getElement().setAttribute("aria-label", summary.getText());
        tableTitle.setText(getTranslation("map.table", figureName));
        table.getColumnByKey("value").setHeader(figureName);
        showTable(rows);
        showDetails();
    }

    private Row row(String ags, String name, double value, int decimals, Legend legend) {
        var colourClass = legend.classes().stream()
                .filter(c -> c.contains(value))
                .findFirst()
                .orElse(legend.classes().getLast());
        return new Row(
                ags,
                name,
                value,
                format(value, decimals),
                colourClass.colour(),
                colourClass.label(getLocale(), decimals));
    }

    private String format(double value, int decimals) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private ObjectNode config(
            String view, String shapesUrl, String figureName, List<Row> rows, Legend legend, int decimals) {
        var config = JsonNodeFactory.instance.objectNode();
        config.put("view", view);
        config.put("shapesUrl", shapesUrl);
        config.put("figureName", figureName);
        if (selected != null) {
            config.put("selected", selected);
        }
        var regions = config.putObject("regions");
        for (var row : rows) {
            regions.putObject(row.ags())
                    .put("name", row.name())
                    .put("label", row.shown())
                    .put("colour", row.colour());
        }
        var classes = config.putArray("legend");
        for (var c : legend.classes()) {
            classes.addObject()
                    .put("colour", c.colour())
                    .put("label", c.label(getLocale(), decimals))
                    .put("lower", c.lower())
                    .put("upper", c.upper())
                    .put("count", c.count());
        }
        config.putObject("noData").put("colour", "#ffffff").put("label", getTranslation("map.noData"));
        config.putObject("labels")
                .put("seat", getTranslation("map.seat.count"))
                .put("seats", getTranslation("map.seats"));
        config.put("attribution", attribution());
        if (settings.tiles()) {
            config.putObject("tiles").put("url", settings.tilesUrl()).put("attribution", settings.tilesAttribution());
        }
        return config;
    }

    /** The source notes the data licence requires (dl-de/by-2-0), shown in the map's corner. */
    private String attribution() {
        return "<a href=\"https://www.bkg.bund.de\" target=\"_blank\" rel=\"noopener\">"
                + HtmlUtils.htmlEscape(getTranslation("map.source.bkg")) + "</a> · "
                + HtmlUtils.htmlEscape(getTranslation("map.source.destatis"))
                + " · <a href=\"https://www.govdata.de/dl-de/by-2-0\" target=\"_blank\" rel=\"noopener\">"
                + "dl-de/by-2-0</a>";
    }

    private void showTable(List<Row> rows) {
        var sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(Row::value).reversed().thenComparing(Row::ags));
        table.setItems(sorted);
    }

    private void select(String ags) {
        selected = ags;
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location(ROUTE, parameters(stateKey, figureKey, ags))));
        showDetails();
    }

    private void showDetails() {
        details.removeAll();
        if (selected != null) {
            var district =
                    districts.stream().filter(d -> d.ags().equals(selected)).findFirst();
            if (district.isPresent()) {
                districtDetails(district.get());
                return;
            }
            var found = municipalities;
            if (found != null) {
                var municipality = found.municipalities().stream()
                        .filter(m -> m.ags().equals(selected))
                        .findFirst();
                if (municipality.isPresent()) {
                    municipalityDetails(found, municipality.get());
                    return;
                }
            }
        }
        var hint = new Span(getTranslation("map.details.hint"));
        hint.addClassName("atlas-muted");
        details.add(hint);
    }

    private void districtDetails(District d) {
        details.add(
                new H4(d.name()),
                facts(d.ags(), districtFigures(d)),
                Links.region(d.ags(), getTranslation("map.openRegion")));
        var stateAgs = d.ags().substring(0, 2);
        var stateName = states.stream()
                .filter(s -> s.ags().equals(stateAgs))
                .map(RegionRef::name)
                .findFirst()
                .orElse(stateAgs);
        var zoom = new Button(
                getTranslation("map.zoomState", stateName),
                VaadinIcon.SEARCH_PLUS.create(),
                e -> navigate(stateAgs, null, null));
        zoom.setId("map-zoom-state");
        zoom.addThemeVariants(ButtonVariant.LUMO_SMALL);
        details.add(zoom);
    }

    private Map<String, String> districtFigures(District d) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (var f : DistrictFigure.values()) {
            figures.put(getTranslation(f.labelKey()), format(f.of(d), f.decimals()));
        }
        return figures;
    }

    private void municipalityDetails(MunicipalityMap found, MunicipalityMap.Municipality m) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (var f : MunicipalityFigure.values()) {
            figures.put(getTranslation(f.labelKey()), format(f.of(m), f.decimals()));
        }
        details.add(new H4(m.name()), facts(m.ags(), figures), Links.region(m.ags(), getTranslation("map.openRegion")));
        found.seats().stream().filter(s -> s.ags().equals(m.ags())).findFirst().ifPresent(seat -> {
            var list = new UnorderedList();
            list.setId("map-seat-actors");
            seat.actors().forEach(a -> list.add(new ListItem(Links.actor(a.id(), a.name()))));
            details.add(new Span(getTranslation("map.seat.count", seat.actors().size())), list);
        });
    }

    private Component facts(String ags, Map<String, String> figures) {
        var box = new Div();
        box.addClassName("atlas-map-facts");
        box.add(line(getTranslation("analysis.csv.ags"), ags));
        figures.forEach((label, value) -> box.add(line(label, value)));
        return box;
    }

    private static Component line(String label, String value) {
        var name = new Span(label);
        name.addClassName("atlas-muted");
        var shown = new Span(value);
        shown.getStyle().set("font-weight", "600");
        var row = new Div(name, shown);
        row.getStyle()
                .set("display", "flex")
                .set("justify-content", "space-between")
                .set("gap", "0.6rem");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.title") + " · " + getTranslation("app.name");
    }
}
