package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.Brokers;
import de.kooperationsatlas.analysis.PhaseCoverage;
import de.kooperationsatlas.analysis.TransitionCoverage;
import de.kooperationsatlas.analysis.UnconnectedPeers;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.UrlState;
import de.kooperationsatlas.chain.ChainRow;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * Finding the gaps of a region (Lücken finden), optionally for a prevention chain: coverage per life
 * phase, transitions bridged or open with who bridges them, isolated actors, brokers and unconnected
 * peers; every actor linked to its page, every section downloadable as CSV. Region and chain live in
 * the URL ({@code analysis?region=01051&chain=…}), so a copied link opens the same analysis.
 */
@Menu(order = 60, title = "nav.analysis", icon = "vaadin:chart-grid")
@Route("analysis")
@PermitAll
class GapsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PEERS = 50;

    private final AnalysisService analyses;
    private final ComboBox<RegionRef> region;
    private final ComboBox<ChainRow> chain;
    private final UrlState url = new UrlState(this, "analysis");
    private final VerticalLayout content = new VerticalLayout();
    private final DatePicker asOf = DatePickers.asOf(getLocale());

    GapsView(AnalysisService analyses, RegionService regions, ChainService chains) {
        this.analyses = analyses;
        this.region = AnalysisUi.regionPicker(this, regions, "analysis.gaps.region", r -> true);
        this.chain = AnalysisUi.chainPicker(this, chains, "analysis.gaps.chain");
        setMaxWidth("90rem");
        configureFilters();
        content.setPadding(false);
        content.setId("gaps-content");
        add(new H2(getTranslation("analysis.gaps.title")), toolbar(), content);
        url.bind("region", region, AnalysisUi.regionParameter(regions))
                .bind("chain", chain, AnalysisUi.chainParameter(chains))
                .bind(DatePickers.AS_OF, asOf, DatePickers.asOfParameter());
        showHint();
    }

    private void configureFilters() {
        region.setId("gaps-region");
        chain.setPlaceholder(getTranslation("analysis.gaps.chainPlaceholder"));
        chain.setWidth("min(24rem, 100%)");
        chain.setId("gaps-chain");
        AnalysisUi.refreshOnUserChange(this::refresh, region, chain, asOf);
    }

    private Component toolbar() {
        var refresh = AnalysisUi.refreshButton(this, () -> {
            analyses.refresh();
            refresh();
        });
        refresh.setId("gaps-refresh");
        return AnalysisUi.toolbar(region, chain, asOf, refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        url.read(event);
        refresh();
    }

    private void showHint() {
        content.removeAll();
        content.add(AnalysisUi.hint(getTranslation("analysis.gaps.hint")));
    }

    private void refresh() {
        var selectedRegion = region.getValue();
        var selectedChain = chain.getValue();
        if (selectedRegion == null && selectedChain == null) {
            showHint();
            return;
        }
        @Nullable String ags = selectedRegion == null ? null : selectedRegion.ags();
        @Nullable String chainId = selectedChain == null ? null : selectedChain.id();
        content.removeAll();
        var picture = Links.to(
                "analysis/phases?"
                        + (ags == null ? "" : "region=" + ags + (chainId == null ? "" : "&"))
                        + (chainId == null ? "" : "chain=" + Links.encode(chainId))
                        + (asOf.getValue().equals(Dates.today()) ? "" : "&asOf=" + asOf.getValue()),
                getTranslation("chain.picture.link"));
        picture.setId("gaps-picture-link");
        content.add(picture);
        try {
            var coverage = analyses.coverage(ags, chainId, asOf.getValue());
            content.add(coverage(coverage), transitions(analyses.transitions(ags, chainId, asOf.getValue())));
            // Isolated actors, brokers and peers are about a region: the chosen one, else the chain's.
            String scope = ags != null ? ags : coverage.region();
            if (!scope.isEmpty()) {
                if (chainId != null) {
                    content.add(AnalysisUi.hint(getTranslation("analysis.gaps.regionScope", scope)));
                }
                content.add(isolated(scope), brokers(scope), peers(scope));
            }
        } catch (RuntimeException e) {
            Notifications.error(getTranslation("analysis.error", String.valueOf(e.getMessage())));
        }
    }

    private Component coverage(PhaseCoverage result) {
        var section = AnalysisUi.section(
                this,
                "analysis.gaps.coverage",
                "abdeckung.csv",
                AnalysisUi.csv(this).coverage(result),
                "csv-coverage");
        long max = Math.max(
                1,
                result.phases().stream()
                        .mapToLong(PhaseCoverage.Phase::actors)
                        .max()
                        .orElse(1));
        for (var phase : result.phases()) {
            var bar = new Div();
            bar.getStyle()
                    .set("height", "0.8rem")
                    .set("width", (100.0 * phase.actors() / max) + "%")
                    .set("min-width", "2px")
                    .set("background", "var(--lumo-primary-color)");
            var track = new Div(bar);
            track.setWidth("20rem");
            var label = new Span(AnalysisUi.phaseName(this, phase.code()));
            label.setWidth("18rem");
            var count = new Span(
                    phase.actors() == 0 ? getTranslation("analysis.gaps.gap") : String.valueOf(phase.actors()));
            if (phase.actors() == 0) {
                count.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            }
            var row = new HorizontalLayout(label, track, count);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            section.add(row);
        }
        return section;
    }

    private Component transitions(TransitionCoverage result) {
        var section = AnalysisUi.section(
                this,
                "analysis.gaps.transitions",
                "uebergaenge.csv",
                AnalysisUi.csv(this).transitions(result),
                "csv-transitions");
        var grid = new Grid<TransitionCoverage.Transition>();
        grid.setId("gaps-transitions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> AnalysisUi.phaseName(this, t.from()) + " → " + AnalysisUi.phaseName(this, t.to()))
                .setHeader(getTranslation("analysis.gaps.transition"))
                .setFlexGrow(2);
        grid.addComponentColumn(t -> {
                    var state = new Span(getTranslation(t.bridged() ? "analysis.gaps.bridged" : "analysis.gaps.open"));
                    state.getElement().getThemeList().add(t.bridged() ? "badge success" : "badge error");
                    return state;
                })
                .setHeader(getTranslation("analysis.gaps.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(t -> AnalysisUi.links(t.actors()))
                .setHeader(getTranslation("analysis.gaps.column.bothPhases"))
                .setFlexGrow(3);
        grid.addComponentColumn(t -> {
                    if (t.pairs().isEmpty()) {
                        return new Span("0");
                    }
                    var toggle = new Button(
                            getTranslation("analysis.gaps.pairsCount", t.pairs().size()));
                    toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    toggle.addClickListener(e -> grid.setDetailsVisible(t, !grid.isDetailsVisible(t)));
                    return toggle;
                })
                .setHeader(getTranslation("analysis.gaps.column.pairs"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(t -> {
            var details = new Div();
            details.getStyle().set("padding", "0 var(--lumo-space-m)");
            for (var pair : t.pairs()) {
                details.add(new Div(
                        Links.actor(pair.a().id(), pair.a().name()),
                        new Span(" – "),
                        Links.actor(pair.b().id(), pair.b().name())));
            }
            return details;
        }));
        grid.setItems(result.transitions());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private Component isolated(String ags) {
        var result = analyses.isolated(ags, asOf.getValue());
        var section = AnalysisUi.section(
                this,
                "analysis.gaps.isolated",
                "isoliert.csv",
                AnalysisUi.csv(this).isolated(result),
                "csv-isolated");
        if (result.actors().isEmpty()) {
            section.add(new Span(getTranslation("analysis.gaps.none")));
            return section;
        }
        var grid = new Grid<de.kooperationsatlas.analysis.ActorRef>();
        grid.setId("gaps-isolated");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(a -> Links.actor(a.id(), a.name()))
                .setHeader(getTranslation("analysis.column.actor"))
                .setFlexGrow(3);
        grid.addColumn(de.kooperationsatlas.analysis.ActorRef::id)
                .setHeader(getTranslation("analysis.column.id"))
                .setFlexGrow(1);
        grid.setItems(result.actors());
        limitHeight(grid, result.actors().size());
        section.add(grid);
        return section;
    }

    private Component brokers(String ags) {
        var result = analyses.brokers(ags, AnalysisService.DEFAULT_BROKERS, asOf.getValue());
        var section = AnalysisUi.section(
                this,
                "analysis.gaps.brokers",
                "vermittler.csv",
                AnalysisUi.csv(this).brokers(result),
                "csv-brokers");
        var grid = new Grid<Brokers.Broker>();
        grid.setId("gaps-brokers");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(b -> Links.actor(b.id(), b.name()))
                .setHeader(getTranslation("analysis.column.actor"))
                .setFlexGrow(3);
        grid.addColumn(b -> AnalysisUi.number(b.betweenness(), 3))
                .setHeader(getTranslation("analysis.column.betweenness"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.setItems(result.actors());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private Component peers(String ags) {
        var result = analyses.unconnectedPeers(ags, PEERS, asOf.getValue());
        var section = AnalysisUi.section(
                this,
                "analysis.gaps.peers",
                "gemeinsamkeiten.csv",
                AnalysisUi.csv(this).peers(result),
                "csv-peers");
        if (result.pairs().isEmpty()) {
            section.add(new Span(getTranslation("analysis.gaps.none")));
            return section;
        }
        var grid = new Grid<UnconnectedPeers.Pair>();
        grid.setId("gaps-peers");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> Links.actor(p.a().id(), p.a().name()))
                .setHeader(getTranslation("analysis.column.actorA"))
                .setFlexGrow(2);
        grid.addComponentColumn(p -> Links.actor(p.b().id(), p.b().name()))
                .setHeader(getTranslation("analysis.column.actorB"))
                .setFlexGrow(2);
        grid.addColumn(p -> String.join(
                        ", ",
                        p.sharedPhases().stream()
                                .map(code -> AnalysisUi.phaseName(this, code))
                                .toList()))
                .setHeader(getTranslation("analysis.column.sharedPhases"))
                .setFlexGrow(3);
        grid.addColumn(p -> String.join(", ", p.sharedTopics()))
                .setHeader(getTranslation("analysis.column.sharedTopics"))
                .setFlexGrow(2);
        grid.addColumn(UnconnectedPeers.Pair::score)
                .setHeader(getTranslation("analysis.column.score"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(result.pairs());
        limitHeight(grid, result.pairs().size());
        section.add(grid);
        return section;
    }

    /** Short lists in full, long ones scrolling within about fifteen rows. */
    static void limitHeight(Grid<?> grid, int rows) {
        if (rows <= 15) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32rem");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.gaps.title") + " · " + getTranslation("app.name");
    }
}
