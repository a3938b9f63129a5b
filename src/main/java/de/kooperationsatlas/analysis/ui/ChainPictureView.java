package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.analysis.ActorRef;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.PhaseActors;
import de.kooperationsatlas.analysis.PhaseCoverage;
import de.kooperationsatlas.analysis.TransitionCoverage;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.UrlState;
import de.kooperationsatlas.chain.ChainRow;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The prevention chain as a picture (Präventionskette als Bild): the nine life phases from pregnancy
 * to old age in order under their goal areas, each with its number of actors (or a chain's
 * contributors), the eight transitions marked bridged or open, gaps in vermilion with a hatch, a
 * dashed line and a word, so they never depend on colour alone; below, the coverage as bars. A click
 * on a phase lists its actors, on a transition who bridges it. Drawn as server-side SVG by
 * {@link ChainSvg}; printable on A4 landscape; the same data as tables.
 * {@code analysis/phases?region=15085&chain=GERA-PK}.
 */
@Menu(order = 64, title = "nav.chainPicture", icon = "vaadin:chart-timeline")
@Route("analysis/phases")
@PermitAll
@CssImport("./graph/graph.css")
class ChainPictureView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String PHASE = "event.target.closest('[data-phase]')?.dataset.phase ?? ''";
    private static final String TRANSITION = "event.target.closest('[data-transition]')?.dataset.transition ?? ''";
    private static final String FOCUSED_PHASE = "event.target.dataset.phase ?? ''";
    private static final String FOCUSED_TRANSITION = "event.target.dataset.transition ?? ''";

    private final AnalysisService analyses;
    private final PhaseActors phaseActorLists;
    private final ChainSvg svg = new ChainSvg(this::getTranslation);
    private final ComboBox<RegionRef> region;
    private final ComboBox<ChainRow> chain;
    private final H2 title = new H2();
    private final Span subtitle = new Span();
    private final Div picture = new Div();
    private final Div bars = new Div();
    private final ChainDetail detail = new ChainDetail();
    private final Div links = new Div();
    private final Details table = new Details();
    private final DatePicker asOf = DatePickers.asOf(getLocale());
    private final UrlState url = new UrlState(this, "analysis/phases");

    private @Nullable TransitionCoverage transitions;
    private Map<LifePhase, List<ActorRef>> phaseActors = Map.of();

    ChainPictureView(
            AnalysisService analyses, PhaseActors phaseActorLists, RegionService regions, ChainService chains) {
        this.analyses = analyses;
        this.phaseActorLists = phaseActorLists;
        this.region = AnalysisUi.regionPicker(this, regions, "graph.region", r -> true);
        this.chain = AnalysisUi.chainPicker(this, chains, "graph.chain");
        setId("chain-picture-view");
        configurePickers();
        configurePicture();
        add(title, toolbar(), subtitle, picture, detail, bars, links, table);
        url.bind("region", region, AnalysisUi.regionParameter(regions))
                .bind("chain", chain, AnalysisUi.chainParameter(chains))
                .bind(DatePickers.AS_OF, asOf, DatePickers.asOfParameter());
        showHint();
    }

    private void configurePickers() {
        region.setId("chain-picture-region");
        region.setWidth("min(24rem, 100%)");
        chain.setId("chain-picture-chain");
        chain.setWidth("min(22rem, 100%)");
        AnalysisUi.refreshOnUserChange(this::refresh, region, chain, asOf);
    }

    private void configurePicture() {
        picture.setId("chain-picture");
        picture.setWidthFull();
        picture.addClassName("atlas-chain-svg");
        bars.setId("chain-bars");
        bars.setWidthFull();
        bars.addClassName("atlas-chain-svg");
        links.addClassName("atlas-no-print");
        subtitle.addClassName("atlas-muted");
        // One listener for every phase and transition of the picture (click or Enter on a focused one).
        picture.getElement()
                .addEventListener(
                        "click", e -> clicked(data(e.getEventData(), PHASE), data(e.getEventData(), TRANSITION)))
                .addEventData(PHASE)
                .addEventData(TRANSITION);
        picture.getElement()
                .addEventListener(
                        "keydown",
                        e -> clicked(data(e.getEventData(), FOCUSED_PHASE), data(e.getEventData(), FOCUSED_TRANSITION)))
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .addEventData(FOCUSED_PHASE)
                .addEventData(FOCUSED_TRANSITION);
        table.setSummaryText(getTranslation("chain.picture.table"));
        table.setId("chain-table");
        table.setWidthFull();
        table.addClassName("atlas-no-print");
    }

    private Component toolbar() {
        var print = new Button(
                getTranslation("graph.print"),
                VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.setId("chain-print");
        var bar = new HorizontalLayout(region, chain, asOf, print);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("atlas-no-print");
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        url.read(event).values().forEach(key -> Notifications.error(getTranslation("graph.notFound", key)));
        refresh();
    }

    private void showHint() {
        title.setText(getTranslation("chain.picture.title"));
        subtitle.setText(getTranslation("chain.picture.hint"));
        for (var c : List.of(picture, bars, detail, table, links)) {
            c.setVisible(false);
        }
    }

    private void refresh() {
        String ags = region.getValue() == null ? null : region.getValue().ags();
        String chainId = chain.getValue() == null ? null : chain.getValue().id();
        if (ags == null && chainId == null) {
            showHint();
            return;
        }
        try {
            var coverage = analyses.coverage(ags, chainId, asOf.getValue());
            var found = analyses.transitions(ags, chainId, asOf.getValue());
            phaseActors = phaseActorLists.of(ags, chainId, asOf.getValue());
            transitions = found;
            show(coverage, found, ags, chainId);
        } catch (NotFoundException e) {
            showHint();
            Notifications.error(getTranslation("graph.notFound", e.key()));
        } catch (IllegalArgumentException e) {
            showHint();
            Notifications.error(getTranslation("analysis.error", String.valueOf(e.getMessage())));
        }
    }

    private void show(
            PhaseCoverage coverage, TransitionCoverage found, @Nullable String ags, @Nullable String chainId) {
        String scopeName = chainId != null && chain.getValue() != null
                ? chain.getValue().name()
                : region.getValue() != null ? region.getValue().name() : String.valueOf(ags);
        title.setText(getTranslation("chain.picture.title") + ": " + scopeName);
        subtitle.setText(getTranslation(
                chainId != null ? "chain.picture.subtitleChain" : "chain.picture.subtitleRegion", scopeName));
        for (var c : List.of(picture, bars, detail, table, links)) {
            c.setVisible(true);
        }
        picture.removeAll();
        picture.add(new Html(svg.chain(title.getText(), coverage, found)), new Html(svg.legend()));
        bars.removeAll();
        bars.add(new H3(getTranslation("chain.picture.coverage")), new Html(svg.bars(coverage)));
        detail.showHint();
        links.removeAll();
        links.add(links(ags, chainId));
        table.removeAll();
        table.add(new ChainTables(svg, coverage, found));
    }

    /** To the same scope's network picture and gap analysis. */
    private Component links(@Nullable String ags, @Nullable String chainId) {
        var params = new ArrayList<String>();
        if (ags != null) {
            params.add("region=" + ags);
        }
        if (chainId != null) {
            params.add("chain=" + Links.encode(chainId));
        }
        var graphLink = Links.to(
                "graph?" + (chainId != null ? "chain=" + Links.encode(chainId) : "region=" + ags),
                getTranslation("graph.showGraph"));
        graphLink.setId("chain-graph-link");
        var gapsLink = Links.to("analysis?" + String.join("&", params), getTranslation("analysis.gaps.title"));
        return new HorizontalLayout(graphLink, gapsLink);
    }

    private void clicked(String phaseCode, String transition) {
        if (!phaseCode.isEmpty()) {
            LifePhase.ofCode(phaseCode).ifPresent(phase -> {
                detail.showPhase(phase, phaseActors.getOrDefault(phase, List.of()));
                mark("[data-phase='" + phase.name() + "']");
            });
        } else if (!transition.isEmpty() && transitions != null) {
            String[] ends = transition.split(">");
            transitions.transitions().stream()
                    .filter(t -> ends.length == 2 && t.from().equals(ends[0]) && t.to().equals(ends[1]))
                    .findFirst()
                    .ifPresent(t -> {
                        detail.showTransition(t);
                        mark("[data-transition='" + t.from() + ">" + t.to() + "']");
                    });
        }
    }

    /** Outlines the clicked phase or transition in the picture. */
    private void mark(String selector) {
        picture.getElement()
                .executeJs(
                        "this.querySelectorAll('[data-selected]').forEach(e => e.removeAttribute('data-selected'));"
                                + " const t = this.querySelector($0); if (t) t.setAttribute('data-selected', '');",
                        selector);
    }

    private static String data(tools.jackson.databind.JsonNode data, String expression) {
        var value = data.get(expression);
        return value == null || value.isNull() ? "" : value.asString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chain.picture.title") + " · " + getTranslation("app.name");
    }
}
