package de.kooperationsatlas.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.DistrictComparison.District;
import de.kooperationsatlas.analysis.DistrictFigure;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.UrlParameter;
import de.kooperationsatlas.base.ui.UrlState;
import de.kooperationsatlas.map.ColourScale;
import de.kooperationsatlas.map.MapProperties;
import de.kooperationsatlas.map.MapService;
import de.kooperationsatlas.map.MunicipalityFigure;
import de.kooperationsatlas.map.MunicipalityMap;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map (Karte): Germany's 401 districts coloured by a figure of the district comparison, or a
 * state's municipalities coloured by a municipality figure with the actor seats as markers. The URL
 * holds what is shown, so a copied link reopens the same map: {@code map?figure=density},
 * {@code map?state=15&figure=belonging&selected=15085135&asOf=2023-12-31}. The figures count the
 * actors active at the "Stand am" date (left out of the URL when it is today). Below the map the same
 * figures as a table.
 */
@Menu(order = 40, title = "nav.map", icon = "vaadin:globe")
@Route("map")
@PermitAll
class MapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(MapView.class);

    private final AnalysisService analyses;
    private final MapService maps;
    private final MapConfig configs;
    private final List<RegionRef> states;

    private final Select<RegionRef> state = new Select<>();
    private final Select<String> figure = new Select<>();
    private final DatePicker asOf;
    private final Button germany = new Button();
    private final AtlasMap map = new AtlasMap();
    private final Span summary = new Span();
    private final MapDetails details;
    private final MapTable table = new MapTable();
    private final UrlState url = new UrlState(this, "map");

    private String figureKey = DistrictFigure.ACTORS_PER_10K.key();
    private @Nullable String selected;
    private List<District> districts = List.of();
    private @Nullable MunicipalityMap municipalities;

    MapView(AnalysisService analyses, MapService maps, RegionService regions, MapProperties settings) {
        this.analyses = analyses;
        this.maps = maps;
        this.configs = new MapConfig(this::getTranslation, this::getLocale, settings);
        this.states = regions.states();
        this.details = new MapDetails(states, this::zoomTo);
        this.asOf = DatePickers.asOf(getLocale());
        setMaxWidth("110rem");
        configureFilters();
        configureMap();
        url.bind("state", state, UrlParameter.among(RegionRef::ags, () -> states))
                .bind("figure", () -> figureKey.equals(defaultFigure()) ? null : figureKey, this::figure)
                .bind("selected", () -> selected, value -> selected = value)
                .bind(DatePickers.AS_OF, asOf, DatePickers.asOfParameter());
        add(new H2(getTranslation("map.title")), toolbar(), content(), table);
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
                zoomTo(e.getValue() == null ? null : e.getValue().ags());
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
                figureKey = e.getValue();
                url.changed();
                render();
            }
        });
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                render();
            }
        });
        germany.setText(getTranslation("map.backToGermany"));
        germany.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        germany.setId("map-germany");
        germany.addClickListener(e -> zoomTo(null));
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

    private Component toolbar() {
        var print = new Button(
                getTranslation("map.print"),
                VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.setId("map-print");
        var toolbar = new HorizontalLayout(state, figure, asOf, germany, print);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.addClassName("atlas-noprint");
        return toolbar;
    }

    private Component content() {
        summary.addClassName("atlas-muted");
        summary.setId("map-summary");
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var unknown = url.read(event);
        if (unknown.containsKey("state")) {
            Notifications.error(getTranslation("map.unknownState", unknown.get("state")));
        }
        render();
    }

    private @Nullable String stateKey() {
        return state.getValue() == null ? null : state.getValue().ags();
    }

    /** The figure a level opens with: actors per 10,000 inhabitants for districts, belonging for a state. */
    private String defaultFigure() {
        return stateKey() == null ? DistrictFigure.ACTORS_PER_10K.key() : MunicipalityFigure.BELONGING.key();
    }

    /** A figure from the URL, if the level has it, else the level's default. */
    private void figure(@Nullable String key) {
        String requested = key == null ? "" : key;
        boolean known = stateKey() == null
                ? DistrictFigure.ofKey(requested).isPresent()
                : MunicipalityFigure.ofKey(requested).isPresent();
        figureKey = known ? requested : defaultFigure();
    }

    /** Germany (null) or a state's municipalities, with the level's default figure and nothing selected. */
    private void zoomTo(@Nullable String stateAgs) {
        state.setValue(states.stream()
                .filter(s -> s.ags().equals(stateAgs))
                .findFirst()
                .orElse(null));
        figureKey = defaultFigure();
        selected = null;
        url.changed();
        render();
    }

    private void render() {
        germany.setVisible(stateKey() != null);
        try {
            if (stateKey() == null) {
                renderGermany();
            } else {
                renderState(stateKey());
            }
        } catch (RuntimeException e) {
            log.warn("The map of {} by {} failed", stateKey() == null ? "Germany" : stateKey(), figureKey, e);
            table.clear();
            Notifications.error(getTranslation("map.error", String.valueOf(e.getMessage())));
        }
    }

    private void renderGermany() {
        var chosen = DistrictFigure.ofKey(figureKey).orElseThrow();
        figure.setItems(
                Arrays.stream(DistrictFigure.values()).map(DistrictFigure::key).toList());
        figure.setValue(chosen.key());
        districts = analyses.districts(null, date()).districts();
        municipalities = null;
        var legend = ColourScale.of(districts.stream().mapToDouble(chosen::of).toArray());
        var rows = new ArrayList<MapTable.Row>();
        for (var d : districts) {
            rows.add(configs.row(d.ags(), d.name(), chosen.of(d), chosen.decimals(), legend));
        }
        String figureName = getTranslation(chosen.labelKey());
        var config =
                configs.of("districts", "api/map/districts", figureName, rows, legend, chosen.decimals(), selected);
        config.put("borderWeight", 0.4);
        config.putArray("outlineUrls").add("api/map/states");
        config.putArray("outlineStyles").addObject().put("colour", "#1a1a1a").put("weight", 1.3);
        map.show(config);
        summary.setText(getTranslation("map.summary.districts", districts.size(), figureName));
        map.getElement().setAttribute("aria-label", summary.getText());
        table.show(figureName, rows);
        showDetails();
    }

    private void renderState(String key) {
        var chosen = MunicipalityFigure.ofKey(figureKey).orElseThrow();
        figure.setItems(Arrays.stream(MunicipalityFigure.values())
                .map(MunicipalityFigure::key)
                .toList());
        figure.setValue(chosen.key());
        var found = maps.municipalities(key, date());
        municipalities = found;
        districts = List.of();
        var legend = ColourScale.of(
                found.municipalities().stream().mapToDouble(chosen::of).toArray());
        var rows = new ArrayList<MapTable.Row>();
        for (var m : found.municipalities()) {
            rows.add(configs.row(m.ags(), m.name(), chosen.of(m), chosen.decimals(), legend));
        }
        String figureName = getTranslation(chosen.labelKey());
        var config = configs.of(
                "municipalities:" + key,
                "api/map/states/" + key + "/municipalities",
                figureName,
                rows,
                legend,
                chosen.decimals(),
                selected);
        config.put("focus", key);
        config.put("borderWeight", 0.3);
        config.putArray("outlineUrls").add("api/map/districts").add("api/map/states");
        var styles = config.putArray("outlineStyles");
        styles.addObject().put("colour", "#333333").put("weight", 1.1).put("prefix", key);
        styles.addObject().put("colour", "#000000").put("weight", 2.2).put("prefix", key);
        MapConfig.seats(config, found.seats());
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
        table.show(figureName, rows);
        showDetails();
    }

    /** The "Stand am" date, today when the field is empty. */
    private LocalDate date() {
        return asOf.getValue() == null ? Dates.today() : asOf.getValue();
    }

    private void select(String ags) {
        selected = ags;
        url.changed();
        showDetails();
    }

    private void showDetails() {
        var district = districts.stream().filter(d -> d.ags().equals(selected)).findFirst();
        if (district.isPresent()) {
            details.showDistrict(district.get());
            return;
        }
        var found = municipalities;
        var municipality = found == null
                ? null
                : found.municipalities().stream()
                        .filter(m -> m.ags().equals(selected))
                        .findFirst()
                        .orElse(null);
        if (found != null && municipality != null) {
            details.showMunicipality(found, municipality);
        } else {
            details.showHint();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.title") + " · " + getTranslation("app.name");
    }
}
