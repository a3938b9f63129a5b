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
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.analysis.ActorRef;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.PhaseCoverage;
import de.kooperationsatlas.analysis.TransitionCoverage;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.chain.ChainRow;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.graph.GraphService;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The prevention chain as a picture (Präventionskette als Bild): the nine life phases from pregnancy
 * to old age in order under their goal areas, each with its number of actors (or a chain's
 * contributors), the eight transitions marked bridged or open, gaps in vermilion with a hatch, a
 * dashed line and a word, so they never depend on colour alone; below, the coverage as bars. A click
 * on a phase lists its actors, on a transition who bridges it. Drawn as server-side SVG; printable
 * on A4 landscape; the same data as tables. {@code analysis/phases?region=15085&chain=GERA-PK}.
 */
@Route("analysis/phases")
@Menu(order = 64, title = "nav.chainPicture", icon = "vaadin:chart-timeline")
@PermitAll
@CssImport("./graph/graph.css")
class ChainPictureView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Goal areas (Zielbereiche) and their phases, as the contract's life-phase table says. */
    enum GoalArea {
        GROWING_UP("#e6f2f8", LifePhase.PREGNANCY_BIRTH, LifePhase.SCHOOL_TO_WORK),
        LIVING_WORKING("#eef6ea", LifePhase.WORKING_LIFE, LifePhase.WORKING_LIFE),
        AGEING("#f6ecf3", LifePhase.RETIREMENT, LifePhase.OLD_AGE);

        final String tint;
        final LifePhase first;
        final LifePhase last;

        GoalArea(String tint, LifePhase first, LifePhase last) {
            this.tint = tint;
            this.first = first;
            this.last = last;
        }

        static GoalArea of(LifePhase phase) {
            for (GoalArea area : values()) {
                if (phase.ordinal() >= area.first.ordinal() && phase.ordinal() <= area.last.ordinal()) {
                    return area;
                }
            }
            throw new IllegalArgumentException(phase.name());
        }
    }

    private static final String GAP = "#D55E00";
    private static final String OK = "#0072B2";
    private static final String BRIDGED = "#009E73";
    private static final int LEFT = 10;
    private static final int STEP = 131;
    private static final int BOX = 100;

    private final AnalysisService analyses;
    private final GraphService graphs;
    private final RegionService regions;
    private final ChainService chains;
    private final ComboBox<RegionRef> region = new ComboBox<>();
    private final ComboBox<ChainRow> chain = new ComboBox<>();
    private final H2 title = new H2();
    private final Span subtitle = new Span();
    private final Div picture = new Div();
    private final Div bars = new Div();
    private final Div detail = new Div();
    private final Div links = new Div();
    private final Details table = new Details();
    private final Map<String, String> state = new LinkedHashMap<>();

    private @Nullable TransitionCoverage transitions;
    private Map<LifePhase, List<ActorRef>> phaseActors = Map.of();
    private boolean updating;

    ChainPictureView(AnalysisService analyses, GraphService graphs, RegionService regions, ChainService chains) {
        this.analyses = analyses;
        this.graphs = graphs;
        this.regions = regions;
        this.chains = chains;
        setId("chain-picture-view");
        configurePickers();
        picture.setId("chain-picture");
        picture.setWidthFull();
        bars.setWidthFull();
        detail.setWidthFull();
        picture.addClassName("atlas-chain-svg");
        bars.setId("chain-bars");
        bars.addClassName("atlas-chain-svg");
        detail.setId("chain-detail");
        detail.addClassName("atlas-chain-list");
        links.addClassName("atlas-no-print");
        subtitle.addClassName("atlas-muted");
        // One listener for every phase and transition of the picture (click or Enter on a focused one).
        picture.getElement()
                .addEventListener(
                        "click",
                        e -> clicked(
                                data(e.getEventData(), "event.target.closest('[data-phase]')?.dataset.phase ?? ''"),
                                data(
                                        e.getEventData(),
                                        "event.target.closest('[data-transition]')?.dataset.transition ?? ''")))
                .addEventData("event.target.closest('[data-phase]')?.dataset.phase ?? ''")
                .addEventData("event.target.closest('[data-transition]')?.dataset.transition ?? ''");
        picture.getElement()
                .addEventListener(
                        "keydown",
                        e -> clicked(
                                data(e.getEventData(), "event.target.dataset.phase ?? ''"),
                                data(e.getEventData(), "event.target.dataset.transition ?? ''")))
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .addEventData("event.target.dataset.phase ?? ''")
                .addEventData("event.target.dataset.transition ?? ''");
        table.setSummaryText(getTranslation("chain.picture.table"));
        table.setId("chain-table");
        table.setWidthFull();
        table.addClassName("atlas-no-print");
        add(title, toolbar(), subtitle, picture, detail, bars, links, table);
        showHint();
    }

    private void configurePickers() {
        region.setLabel(getTranslation("graph.region"));
        region.setPlaceholder(getTranslation("analysis.gaps.regionPlaceholder"));
        region.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), 100).stream().limit(q.getLimit()));
        region.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ")");
        region.setClearButtonVisible(true);
        region.setId("chain-picture-region");
        region.setWidth("min(24rem, 100%)");
        chain.setLabel(getTranslation("graph.chain"));
        chain.setItems(chains.list());
        chain.setItemLabelGenerator(c ->
                c.region() == null ? c.name() : c.name() + " (" + c.region().name() + ")");
        chain.setClearButtonVisible(true);
        chain.setId("chain-picture-chain");
        chain.setWidth("min(22rem, 100%)");
        region.addValueChangeListener(e -> changed(
                e.isFromClient(),
                "region",
                e.getValue() == null ? null : e.getValue().ags()));
        chain.addValueChangeListener(e -> changed(
                e.isFromClient(),
                "chain",
                e.getValue() == null ? null : e.getValue().id()));
    }

    private Component toolbar() {
        var print = new Button(
                getTranslation("graph.print"),
                VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.setId("chain-print");
        var bar = new HorizontalLayout(region, chain, print);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("atlas-no-print");
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        state.clear();
        for (String name : List.of("region", "chain")) {
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
            chain.setValue(chains.list().stream()
                    .filter(c -> c.id().equals(state.get("chain")))
                    .findFirst()
                    .orElse(null));
        } finally {
            updating = false;
        }
        refresh();
    }

    private void changed(boolean fromClient, String name, @Nullable String value) {
        if (!fromClient || updating) {
            return;
        }
        if (value == null) {
            state.remove(name);
        } else {
            state.put(name, value);
        }
        Map<String, String> params = new LinkedHashMap<>(state);
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location("analysis/phases", QueryParameters.simple(params))));
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
        String ags = state.get("region");
        String chainId = state.get("chain");
        if (ags == null && chainId == null) {
            showHint();
            return;
        }
        try {
            var coverage = analyses.coverage(ags, chainId);
            var found = analyses.transitions(ags, chainId);
            phaseActors = graphs.phaseActors(ags, chainId);
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
        picture.add(new Html(chainSvg(coverage, found)), legend());
        bars.removeAll();
        bars.add(new H3(getTranslation("chain.picture.coverage")), new Html(barsSvg(coverage)));
        detail.removeAll();
        var hint = new Span(getTranslation("chain.picture.clickHint"));
        hint.addClassName("atlas-no-print");
        detail.add(hint);
        links.removeAll();
        var params = new ArrayList<String>();
        if (ags != null) {
            params.add("region=" + ags);
        }
        if (chainId != null) {
            params.add("chain=" + Links.encode(chainId));
        }
        String query = String.join("&", params);
        var graphLink = Links.to(
                "graph?" + (chainId != null ? "chain=" + Links.encode(chainId) : "region=" + ags),
                getTranslation("graph.showGraph"));
        graphLink.setId("chain-graph-link");
        var gapsLink = Links.to("analysis?" + query, getTranslation("analysis.gaps.title"));
        var row = new HorizontalLayout(graphLink, gapsLink);
        links.add(row);
        table.removeAll();
        table.add(tables(coverage, found));
    }

    // --- The SVG ------------------------------------------------------------------------------

    private String chainSvg(PhaseCoverage coverage, TransitionCoverage found) {
        int width = LEFT * 2 + STEP * 8 + BOX;
        var svg = new StringBuilder();
        svg.append("<div><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                .append(width)
                .append(" 296' role='img' aria-labelledby='chain-svg-title' font-family='sans-serif'>")
                .append("<title id='chain-svg-title'>")
                .append(esc(title.getText()))
                .append("</title>")
                .append("<defs><pattern id='atlas-hatch' width='8' height='8' patternUnits='userSpaceOnUse'"
                        + " patternTransform='rotate(45)'><rect width='8' height='8' fill='#fbe3d6'/>"
                        + "<line x1='0' y1='0' x2='0' y2='8' stroke='" + GAP + "' stroke-width='3'/></pattern></defs>");
        // Goal areas as bands over their phases.
        for (GoalArea area : GoalArea.values()) {
            int x = LEFT + area.first.ordinal() * STEP - 4;
            int w = (area.last.ordinal() - area.first.ordinal()) * STEP + BOX + 8;
            svg.append("<g data-goal='")
                    .append(area.name())
                    .append("'>")
                    .append(rect(x, 6, w, 282, area.tint, "#9aa7b0", "1", ""))
                    .append(goalLabel(x + w / 2, w, getTranslation("chain.picture.goal." + area.name())))
                    .append("</g>");
        }
        // Transitions between consecutive phases: a line and a marker, open ones dashed with ✗.
        for (var t : found.transitions()) {
            var from = LifePhase.ofCode(t.from()).orElseThrow();
            int x1 = LEFT + from.ordinal() * STEP + BOX;
            int x2 = x1 + (STEP - BOX);
            int cx = (x1 + x2) / 2;
            boolean open = !t.bridged();
            String label = AnalysisUiText.transition(this, t.from(), t.to()) + ": "
                    + getTranslation(open ? "chain.picture.open" : "chain.picture.bridged");
            svg.append("<g data-transition='")
                    .append(t.from())
                    .append('>')
                    .append(t.to())
                    .append("' data-state='")
                    .append(open ? "open" : "bridged")
                    .append("' tabindex='0' role='button' aria-label='")
                    .append(esc(label))
                    .append("'>")
                    .append("<title>")
                    .append(esc(label))
                    .append("</title>")
                    .append("<line x1='")
                    .append(x1)
                    .append("' y1='163' x2='")
                    .append(x2)
                    .append("' y2='163' stroke='")
                    .append(open ? GAP : "#333")
                    .append("' stroke-width='")
                    .append(open ? 3 : 4)
                    .append('\'')
                    .append(open ? " stroke-dasharray='5 4'" : "")
                    .append("/>")
                    .append("<circle cx='")
                    .append(cx)
                    .append("' cy='163' r='13' fill='")
                    .append(open ? "#fff" : BRIDGED)
                    .append("' stroke='")
                    .append(open ? GAP : BRIDGED)
                    .append("' stroke-width='3'/>")
                    .append(text(cx, 169, open ? "✗" : "✓", 17, "bold", open ? GAP : "#fff"));
            if (open) {
                svg.append(text(cx, 196, getTranslation("chain.picture.open"), 11, "bold", GAP));
            }
            svg.append("</g>");
        }
        // The nine phases.
        for (var p : coverage.phases()) {
            var phase = LifePhase.ofCode(p.code()).orElseThrow();
            int x = LEFT + phase.ordinal() * STEP;
            boolean gap = p.actors() == 0;
            String name = getTranslation(phase.messageKey());
            String label = name + ": "
                    + (gap ? getTranslation("chain.picture.gap") : getTranslation("chain.picture.actors", p.actors()));
            svg.append("<g data-phase='")
                    .append(phase.name())
                    .append("' data-gap='")
                    .append(gap)
                    .append("' tabindex='0' role='button' aria-label='")
                    .append(esc(label))
                    .append("'>")
                    .append("<title>")
                    .append(esc(label))
                    .append("</title>")
                    .append(rect(
                            x,
                            48,
                            BOX,
                            210,
                            gap ? "url(#atlas-hatch)" : "#ffffff",
                            gap ? GAP : OK,
                            gap ? "4" : "2",
                            gap ? "8 4" : ""))
                    .append(text(x + BOX / 2, 72, (phase.order()) + "", 13, "bold", "#555"));
            int line = 0;
            var nameLines = wrap(name, 14);
            if (gap) {
                // The name stays readable on the hatch.
                svg.append("<rect x='")
                        .append(x + 5)
                        .append("' y='81' width='")
                        .append(BOX - 10)
                        .append("' height='")
                        .append(nameLines.size() * 16 + 6)
                        .append("' fill='#fff' opacity='0.92'/>");
            }
            for (String part : nameLines) {
                svg.append(text(x + BOX / 2, 94 + line * 16, part, 13, "normal", "#1a1a1a"));
                line++;
            }
            if (gap) {
                svg.append("<rect x='")
                        .append(x + 8)
                        .append("' y='200' width='")
                        .append(BOX - 16)
                        .append("' height='28' fill='#fff' stroke='")
                        .append(GAP)
                        .append("' stroke-width='2'/>")
                        .append(text(x + BOX / 2, 220, getTranslation("chain.picture.gap"), 15, "bold", GAP));
            } else {
                svg.append(text(x + BOX / 2, 226, String.valueOf(p.actors()), 30, "bold", OK))
                        .append(text(
                                x + BOX / 2, 236, getTranslation("chain.picture.column.actors"), 11, "normal", "#444"));
            }
            svg.append("</g>");
        }
        svg.append("</svg></div>");
        return svg.toString();
    }

    /** What the marks mean, each with its own small mark. */
    private Component legend() {
        String gapSwatch = "<svg width='22' height='16' aria-hidden='true'><defs><pattern id='atlas-hatch-legend'"
                + " width='6' height='6' patternUnits='userSpaceOnUse' patternTransform='rotate(45)'><rect width='6'"
                + " height='6' fill='#fbe3d6'/><line x1='0' y1='0' x2='0' y2='6' stroke='" + GAP
                + "' stroke-width='2'/></pattern></defs><rect x='1' y='1' width='20' height='14' rx='3'"
                + " fill='url(#atlas-hatch-legend)' stroke='" + GAP
                + "' stroke-width='2' stroke-dasharray='4 2'/></svg>";
        String phaseSwatch = "<svg width='22' height='16' aria-hidden='true'><rect x='1' y='1' width='20' height='14'"
                + " rx='3' fill='#fff' stroke='" + OK + "' stroke-width='2'/></svg>";
        String bridgedSwatch = "<svg width='40' height='20' aria-hidden='true'><line x1='0' y1='10' x2='40' y2='10'"
                + " stroke='#333' stroke-width='3'/><circle cx='20' cy='10' r='8' fill='" + BRIDGED
                + "'/><text x='20' y='14' text-anchor='middle' font-size='11' font-weight='bold' fill='#fff'>✓</text></svg>";
        String openSwatch = "<svg width='40' height='20' aria-hidden='true'><line x1='0' y1='10' x2='40' y2='10'"
                + " stroke='" + GAP + "' stroke-width='2' stroke-dasharray='4 3'/><circle cx='20' cy='10' r='8'"
                + " fill='#fff' stroke='" + GAP + "' stroke-width='2'/><text x='20' y='14' text-anchor='middle'"
                + " font-size='11' font-weight='bold' fill='" + GAP + "'>✗</text></svg>";
        var html = new StringBuilder("<div class='atlas-chain-legend' id='chain-legend'>");
        html.append("<span>")
                .append(phaseSwatch)
                .append(esc(getTranslation("chain.picture.legend.phase")))
                .append("</span>")
                .append("<span>")
                .append(gapSwatch)
                .append(esc(getTranslation("chain.picture.legend.gap")))
                .append("</span>")
                .append("<span>")
                .append(bridgedSwatch)
                .append(esc(getTranslation("chain.picture.legend.bridged")))
                .append("</span>")
                .append("<span>")
                .append(openSwatch)
                .append(esc(getTranslation("chain.picture.legend.open")))
                .append("</span>")
                .append("</div>");
        return new Html(html.toString());
    }

    private String barsSvg(PhaseCoverage coverage) {
        long max = Math.max(
                1,
                coverage.phases().stream()
                        .mapToLong(PhaseCoverage.Phase::actors)
                        .max()
                        .orElse(1));
        int rowHeight = 26;
        int labelWidth = 260;
        int barWidth = 620;
        int height = rowHeight * coverage.phases().size() + 10;
        var svg = new StringBuilder("<div><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                .append(labelWidth + barWidth + 80)
                .append(' ')
                .append(height)
                .append("' role='img' aria-label='")
                .append(esc(getTranslation("chain.picture.coverage")))
                .append("' font-family='sans-serif'>");
        int y = 4;
        for (var p : coverage.phases()) {
            var phase = LifePhase.ofCode(p.code()).orElseThrow();
            boolean gap = p.actors() == 0;
            svg.append("<g data-bar='")
                    .append(phase.name())
                    .append("'>")
                    .append("<text x='")
                    .append(labelWidth - 8)
                    .append("' y='")
                    .append(y + 17)
                    .append("' text-anchor='end' font-size='13' fill='#1a1a1a'>")
                    .append(esc(phase.order() + " " + getTranslation(phase.messageKey())))
                    .append("</text>");
            if (gap) {
                svg.append(rect(labelWidth, y + 3, 40, 18, "url(#atlas-hatch-bars)", GAP, "2", "4 3"))
                        .append("<text x='")
                        .append(labelWidth + 48)
                        .append("' y='")
                        .append(y + 17)
                        .append("' font-size='13' font-weight='bold' fill='")
                        .append(GAP)
                        .append("'>0 – ")
                        .append(esc(getTranslation("chain.picture.gap")))
                        .append("</text>");
            } else {
                long w = Math.max(2, Math.round((double) barWidth * p.actors() / max));
                svg.append(rect(labelWidth, y + 3, (int) w, 18, OK, OK, "1", ""))
                        .append("<text x='")
                        .append(labelWidth + w + 6)
                        .append("' y='")
                        .append(y + 17)
                        .append("' font-size='13' fill='#1a1a1a'>")
                        .append(p.actors())
                        .append("</text>");
            }
            svg.append("</g>");
            y += rowHeight;
        }
        svg.append("<defs><pattern id='atlas-hatch-bars' width='6' height='6' patternUnits='userSpaceOnUse'"
                + " patternTransform='rotate(45)'><rect width='6' height='6' fill='#fbe3d6'/>"
                + "<line x1='0' y1='0' x2='0' y2='6' stroke='" + GAP + "' stroke-width='2'/></pattern></defs>");
        svg.append("</svg></div>");
        return svg.toString();
    }

    /** The goal area's name over its band, on two lines where the band is narrow. */
    private static String goalLabel(int centre, int width, String name) {
        var lines = width < 220 ? wrap(name, 14) : List.of(name);
        var out = new StringBuilder();
        int y = lines.size() > 1 ? 22 : 32;
        for (String line : lines) {
            out.append(text(centre, y, line, 14, "bold", "#1a1a1a"));
            y += 16;
        }
        return out.toString();
    }

    private static String rect(
            int x, int y, int w, int h, String fill, String stroke, String strokeWidth, String dash) {
        return "<rect x='" + x + "' y='" + y + "' width='" + w + "' height='" + h + "' rx='6' fill='" + fill
                + "' stroke='" + stroke + "' stroke-width='" + strokeWidth + "'"
                + (dash.isEmpty() ? "" : " stroke-dasharray='" + dash + "'") + "/>";
    }

    private static String text(int x, int y, String text, int size, String weight, String fill) {
        return "<text x='" + x + "' y='" + y + "' text-anchor='middle' font-size='" + size + "' font-weight='" + weight
                + "' fill='" + fill + "'>" + esc(text) + "</text>";
    }

    /** Splits a phase name into lines of about {@code width} characters, at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    // --- Clicks -------------------------------------------------------------------------------

    private void clicked(String phaseCode, String transition) {
        if (!phaseCode.isEmpty()) {
            LifePhase.ofCode(phaseCode).ifPresent(this::showPhase);
        } else if (!transition.isEmpty() && transitions != null) {
            String[] ends = transition.split(">");
            transitions.transitions().stream()
                    .filter(t -> ends.length == 2 && t.from().equals(ends[0]) && t.to().equals(ends[1]))
                    .findFirst()
                    .ifPresent(this::showTransition);
        }
    }

    private void showPhase(LifePhase phase) {
        var list = phaseActors.getOrDefault(phase, List.of());
        detail.removeAll();
        detail.getElement().setAttribute("data-shows", phase.name());
        mark("[data-phase='" + phase.name() + "']");
        detail.add(
                new H4(getTranslation("chain.picture.phaseActors", getTranslation(phase.messageKey()), list.size())));
        detail.add(list.isEmpty() ? new Span(getTranslation("chain.picture.nobody")) : actorLinks(list));
    }

    private void showTransition(TransitionCoverage.Transition t) {
        detail.removeAll();
        detail.getElement().setAttribute("data-shows", t.from() + ">" + t.to());
        mark("[data-transition='" + t.from() + ">" + t.to() + "']");
        detail.add(new H4(getTranslation(
                "chain.picture.transitionActors",
                getTranslation("phase." + t.from()),
                getTranslation("phase." + t.to()))));
        detail.add(new Div(new Span(getTranslation("chain.picture.bothPhases") + ": ")));
        detail.add(t.actors().isEmpty() ? new Span(getTranslation("chain.picture.nobody")) : actorLinks(t.actors()));
        detail.add(new Div(new Span(getTranslation("chain.picture.pairs") + ": ")));
        if (t.pairs().isEmpty()) {
            detail.add(new Span(getTranslation("chain.picture.nobody")));
        } else {
            var pairs = new Div();
            for (var pair : t.pairs()) {
                pairs.add(new Div(
                        Links.actor(pair.a().id(), pair.a().name()),
                        new Span(" – "),
                        Links.actor(pair.b().id(), pair.b().name())));
            }
            detail.add(pairs);
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

    private static Div actorLinks(List<ActorRef> actors) {
        var div = new Div();
        div.addClassName("atlas-chain-actors");
        boolean first = true;
        for (var actor : actors) {
            if (!first) {
                div.add(new Span(", "));
            }
            first = false;
            div.add(Links.actor(actor.id(), actor.name()));
        }
        return div;
    }

    // --- Text alternative -------------------------------------------------------------------

    private Component tables(PhaseCoverage coverage, TransitionCoverage found) {
        var phases = new Grid<PhaseCoverage.Phase>();
        phases.setId("chain-phase-table");
        phases.addThemeVariants(GridVariant.LUMO_COMPACT);
        phases.addColumn(p -> LifePhase.ofCode(p.code())
                        .map(l -> l.order() + " " + getTranslation(l.messageKey()))
                        .orElse(p.code()))
                .setHeader(getTranslation("chain.picture.column.phase"))
                .setFlexGrow(3);
        phases.addColumn(p -> getTranslation("chain.picture.goal."
                        + GoalArea.of(LifePhase.ofCode(p.code()).orElseThrow()).name()))
                .setHeader(getTranslation("chain.picture.column.goal"))
                .setFlexGrow(2);
        phases.addColumn(p ->
                        p.actors() == 0 ? "0 – " + getTranslation("chain.picture.gap") : String.valueOf(p.actors()))
                .setHeader(getTranslation("chain.picture.column.actors"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        phases.setItems(coverage.phases());
        phases.setAllRowsVisible(true);
        var transitionGrid = new Grid<TransitionCoverage.Transition>();
        transitionGrid.setId("chain-transition-table");
        transitionGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        transitionGrid
                .addColumn(t -> AnalysisUiText.transition(this, t.from(), t.to()))
                .setHeader(getTranslation("chain.picture.column.transition"))
                .setFlexGrow(3);
        transitionGrid
                .addColumn(t -> getTranslation(t.bridged() ? "chain.picture.bridged" : "chain.picture.open"))
                .setHeader(getTranslation("chain.picture.column.state"))
                .setFlexGrow(1);
        transitionGrid
                .addColumn(t -> {
                    var names = new ArrayList<String>();
                    t.actors().forEach(a -> names.add(a.name()));
                    t.pairs().forEach(p -> names.add(p.a().name() + " – " + p.b().name()));
                    return String.join("; ", names);
                })
                .setHeader(getTranslation("chain.picture.column.bridging"))
                .setFlexGrow(5);
        transitionGrid.setItems(found.transitions());
        transitionGrid.setAllRowsVisible(true);
        var layout = new VerticalLayout(phases, transitionGrid);
        layout.setPadding(false);
        return layout;
    }

    private static String data(tools.jackson.databind.JsonNode data, String expression) {
        var value = data.get(expression);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chain.picture.title") + " · " + getTranslation("app.name");
    }

    /** Texts shared by the picture and the table. */
    static final class AnalysisUiText {
        private AnalysisUiText() {}

        static String transition(Component owner, String from, String to) {
            return owner.getTranslation("phase." + from) + " → " + owner.getTranslation("phase." + to);
        }
    }
}
