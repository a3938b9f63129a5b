package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.DistrictComparison.District;
import de.kooperationsatlas.analysis.DistrictFigure;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.UrlParameter;
import de.kooperationsatlas.base.ui.UrlState;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The district comparison (Kreisvergleich) of a state, or of all districts of Germany: every figure of
 * the contract in a sortable table, rounded for display, downloadable unrounded as CSV, and one chosen
 * figure as sorted bars beside it. The URL carries the state and the figure of the bars:
 * {@code analysis/districts?state=15&figure=density}; without a state, all of Germany.
 */
@Menu(order = 63, title = "nav.districts", icon = "vaadin:table")
@Route("analysis/districts")
@PermitAll
class DistrictComparisonView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AnalysisService analyses;
    private final Select<RegionRef> state = new Select<>();
    private final List<RegionRef> states;
    private final Grid<District> grid = new Grid<>();
    private final Div download = new Div();
    private final Span hint = new Span();
    private final Select<DistrictFigure> chartFigure = new Select<>();
    private final BarChart chart = new BarChart();
    private final Span chartNote = new Span();
    private final UrlState url = new UrlState(this, "analysis/districts");
    private final DatePicker asOf = DatePickers.asOf(getLocale());
    private List<District> shown = List.of();

    /** Above this many districts the bars show the highest ones only; the table has all. */
    static final int MAX_BARS = 60;

    /** Viridis at 0.25: dark enough for white labels and print, and colour-blind safe. */
    private static final String BAR_COLOUR = "#3b528b";

    DistrictComparisonView(AnalysisService analyses, RegionService regions) {
        this.analyses = analyses;
        this.states = regions.states();
        setMaxWidth("100rem");
        configureGrid();
        configureChart();
        configureFilters();
        add(new H2(getTranslation("analysis.districts.title")), toolbar(), content());
        url.bind("state", state, UrlParameter.among(RegionRef::ags, () -> states))
                .bind(
                        "figure",
                        chartFigure,
                        UrlParameter.of(DistrictFigure::key, DistrictFigure::ofKey)
                                .withDefault(DistrictFigure.ACTORS_PER_10K))
                .bind(DatePickers.AS_OF, asOf, DatePickers.asOfParameter());
    }

    private void configureGrid() {
        grid.setId("districts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        var collator = Collator.getInstance(Locale.GERMAN);
        var name = grid.addComponentColumn(d -> Links.region(d.ags(), d.name()))
                .setHeader(getTranslation("analysis.csv.district"))
                .setComparator(Comparator.comparing(District::name, collator).thenComparing(District::ags))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(3)
                .setFrozen(true);
        grid.addColumn(District::ags)
                .setHeader(getTranslation("analysis.csv.ags"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        figure(District::actors, "analysis.csv.actors", d -> String.valueOf(d.actors()));
        figure(District::actorsPer10k, "analysis.csv.actorsPer10k", d -> AnalysisUi.number(d.actorsPer10k(), 2));
        figure(District::cooperations, "analysis.csv.cooperations", d -> String.valueOf(d.cooperations()));
        figure(District::density, "analysis.csv.density", d -> AnalysisUi.number(d.density(), 3));
        figure(District::coveredPhases, "analysis.csv.coveredPhases", d -> d.coveredPhases() + " / 9");
        figure(District::bridgedTransitions, "analysis.csv.bridgedTransitions", d -> d.bridgedTransitions() + " / 8");
        figure(District::isolated, "analysis.csv.isolated", d -> String.valueOf(d.isolated()));
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setHeight("40rem");
    }

    /** A right-aligned, sortable column: sorted by the unrounded figure, shown rounded. */
    private <N extends Comparable<N>> void figure(
            ValueProvider<District, N> value, String headerKey, ValueProvider<District, String> shown) {
        grid.addColumn(shown)
                .setHeader(getTranslation(headerKey))
                .setComparator(value)
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(1);
    }

    private void configureChart() {
        chartFigure.setLabel(getTranslation("analysis.districts.chartFigure"));
        chartFigure.setItems(DistrictFigure.values());
        chartFigure.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        chartFigure.setValue(DistrictFigure.ACTORS_PER_10K);
        chartFigure.setWidth("min(24rem, 100%)");
        chartFigure.setId("districts-chart-figure");
        chartFigure.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                drawChart();
            }
        });
        chart.setId("districts-chart");
        chart.setWidthFull();
        chart.onBarClick(ags -> getUI().ifPresent(ui -> ui.navigate("regions/" + ags)));
        chartNote.addClassName("atlas-muted");
        chartNote.setId("districts-chart-note");
    }

    private void configureFilters() {
        state.setLabel(getTranslation("analysis.districts.state"));
        state.setItems(states);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("analysis.districts.germany"));
        state.setItemLabelGenerator(
                s -> s == null ? getTranslation("analysis.districts.germany") : s.name() + " (" + s.ags() + ")");
        state.setWidth("min(22rem, 100%)");
        state.setId("districts-state");
        AnalysisUi.refreshOnUserChange(this::refresh, state, asOf);
    }

    private Component toolbar() {
        var refresh = AnalysisUi.refreshButton(this, () -> {
            analyses.refresh();
            refresh();
        });
        refresh.setId("districts-refresh");
        var toolbar = AnalysisUi.toolbar(state, asOf, refresh, download);
        toolbar.setWidthFull();
        return toolbar;
    }

    private Component content() {
        var bars = new VerticalLayout(chartFigure, chartNote, chart);
        bars.setPadding(false);
        bars.setSpacing(false);
        bars.setId("districts-bars");
        bars.getStyle().set("flex", "1 1 28rem").set("min-width", "min(28rem, 100%)");
        grid.getStyle().set("flex", "2 1 40rem");
        var side = new FlexLayout(bars, grid);
        side.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        side.setWidthFull();
        side.getStyle().set("gap", "var(--lumo-space-l)");
        return AnalysisUi.results(hint, side);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        url.read(event);
        refresh();
    }

    private void refresh() {
        download.removeAll();
        var selected = state.getValue();
        try {
            var result = analyses.districts(selected == null ? null : selected.ags(), asOf.getValue());
            grid.setItems(result.districts());
            shown = result.districts();
            drawChart();
            hint.setText(getTranslation(
                    "analysis.districts.count",
                    result.districts().size(),
                    selected == null ? getTranslation("analysis.districts.germany") : selected.name()));
            download.add(AnalysisUi.download(
                    this,
                    "kreisvergleich-" + (selected == null ? "de" : selected.ags()) + ".csv",
                    AnalysisUi.csv(this).districts(result),
                    "csv-districts"));
        } catch (RuntimeException e) {
            grid.setItems();
            shown = List.of();
            Notifications.error(getTranslation("analysis.error", String.valueOf(e.getMessage())));
        }
    }

    /** The chosen figure as bars, highest first (then by name), at most {@link #MAX_BARS}. */
    private void drawChart() {
        var figure = chartFigure.getValue();
        var collator = Collator.getInstance(Locale.GERMAN);
        var sorted = new ArrayList<>(shown);
        sorted.sort(Comparator.comparingDouble(figure::of)
                .reversed()
                .thenComparing(District::name, collator)
                .thenComparing(District::ags));
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(figure.decimals());
        format.setMaximumFractionDigits(figure.decimals());
        var bars = sorted.stream()
                .limit(MAX_BARS)
                .map(d -> new BarChart.Bar(d.ags(), d.name(), figure.of(d), format.format(figure.of(d))))
                .toList();
        chart.show(bars, getTranslation(figure.labelKey()), BAR_COLOUR, getLocale());
        chartNote.setText(
                sorted.size() > MAX_BARS
                        ? getTranslation("analysis.districts.chartTop", MAX_BARS, sorted.size())
                        : getTranslation("analysis.districts.chartAll", sorted.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.districts.title") + " · " + getTranslation("app.name");
    }
}
