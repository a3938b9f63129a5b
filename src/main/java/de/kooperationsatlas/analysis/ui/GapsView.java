package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.analysis.ActorRef;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finding the gaps of a region (Lücken finden): coverage per life phase, transitions bridged or open,
 * isolated actors, brokers and unconnected peers, every actor linked to its page.
 */
@Route("analysis")
@PermitAll
class GapsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AnalysisService analyses;
    private final RegionService regions;
    private final ComboBox<RegionRef> region = new ComboBox<>();
    private final VerticalLayout content = new VerticalLayout();

    GapsView(AnalysisService analyses, RegionService regions) {
        this.analyses = analyses;
        this.regions = regions;
        setMaxWidth("80rem");
        configureFilters();
        content.setPadding(false);
        content.setId("gaps-content");
        add(new H2(getTranslation("analysis.gaps.title")), region, content);
        showHint();
    }

    private void configureFilters() {
        region.setLabel(getTranslation("analysis.gaps.region"));
        region.setPlaceholder(getTranslation("analysis.gaps.regionPlaceholder"));
        region.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream());
        region.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ")");
        region.setClearButtonVisible(true);
        region.setWidth("min(30rem, 100%)");
        region.setId("gaps-region");
        region.addValueChangeListener(e -> {
            // The chosen region lives in the URL, so a copied link opens the same analysis.
            if (e.isFromClient()) {
                var ags = e.getValue() == null ? null : e.getValue().ags();
                getUI().ifPresent(ui -> ui.navigate(
                        "analysis", ags == null ? QueryParameters.empty() : QueryParameters.of("region", ags)));
            }
            refresh();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("region")
                .flatMap(regions::find)
                .ifPresent(r -> region.setValue(new RegionRef(r.ags(), r.name(), r.level())));
    }

    private void showHint() {
        content.removeAll();
        var hint = new Paragraph(getTranslation("analysis.gaps.hint"));
        hint.addClassName("atlas-muted");
        content.add(hint);
    }

    private void refresh() {
        var selected = region.getValue();
        if (selected == null) {
            showHint();
            return;
        }
        String ags = selected.ags();
        content.removeAll();
        content.add(coverage(ags), transitions(ags), isolated(ags), brokers(ags), peers(ags));
    }

    private Component coverage(String ags) {
        var result = analyses.coverage(ags, null);
        long max = Math.max(
                1, result.phases().stream().mapToLong(p -> p.actors()).max().orElse(1));
        var section = section("analysis.gaps.coverage");
        for (var phase : result.phases()) {
            var bar = new Div();
            bar.getStyle()
                    .set("height", "0.8rem")
                    .set("width", (100.0 * phase.actors() / max) + "%")
                    .set("min-width", "2px")
                    .set("background", "var(--lumo-primary-color)");
            var track = new Div(bar);
            track.setWidth("20rem");
            var label = new Span(phaseName(phase.code()));
            label.setWidth("18rem");
            var count = new Span(
                    phase.actors() == 0 ? getTranslation("analysis.gaps.gap") : String.valueOf(phase.actors()));
            if (phase.actors() == 0) {
                count.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            }
            var row = new HorizontalLayout(label, track, count);
            row.setAlignItems(Alignment.CENTER);
            section.add(row);
        }
        return section;
    }

    private Component transitions(String ags) {
        var result = analyses.transitions(ags, null);
        var section = section("analysis.gaps.transitions");
        for (var t : result.transitions()) {
            var row = new Div();
            var title = new Span(phaseName(t.from()) + " → " + phaseName(t.to()) + ": "
                    + getTranslation(t.bridged() ? "analysis.gaps.bridged" : "analysis.gaps.open"));
            if (!t.bridged()) {
                title.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            }
            row.add(title);
            if (!t.actors().isEmpty()) {
                row.add(new Span(" · " + getTranslation("analysis.gaps.bothPhases") + " "));
                row.add(links(t.actors()));
            }
            if (!t.pairs().isEmpty()) {
                row.add(new Span(" · " + getTranslation("analysis.gaps.pairs") + " "));
                boolean first = true;
                for (var pair : t.pairs()) {
                    if (!first) {
                        row.add(new Span("; "));
                    }
                    first = false;
                    row.add(
                            Links.actor(pair.a().id(), pair.a().name()),
                            new Span(" – "),
                            Links.actor(pair.b().id(), pair.b().name()));
                }
            }
            section.add(row);
        }
        return section;
    }

    private Component isolated(String ags) {
        var section = section("analysis.gaps.isolated");
        var actors = analyses.isolated(ags).actors();
        section.add(actors.isEmpty() ? new Span(getTranslation("analysis.gaps.none")) : links(actors));
        return section;
    }

    private Component brokers(String ags) {
        var section = section("analysis.gaps.brokers");
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(3);
        for (var broker : analyses.brokers(ags, AnalysisService.DEFAULT_BROKERS).actors()) {
            section.add(new Div(
                    Links.actor(broker.id(), broker.name()), new Span(" " + format.format(broker.betweenness()))));
        }
        return section;
    }

    private Component peers(String ags) {
        var section = section("analysis.gaps.peers");
        var pairs = analyses.unconnectedPeers(ags, 20).pairs();
        if (pairs.isEmpty()) {
            section.add(new Span(getTranslation("analysis.gaps.none")));
        }
        for (var pair : pairs) {
            var shared = Stream.concat(pair.sharedPhases().stream().map(this::phaseName), pair.sharedTopics().stream())
                    .toList();
            section.add(new Div(
                    Links.actor(pair.a().id(), pair.a().name()),
                    new Span(" – "),
                    Links.actor(pair.b().id(), pair.b().name()),
                    new Span(" (" + pair.score() + "): " + String.join(", ", shared))));
        }
        return section;
    }

    private VerticalLayout section(String titleKey) {
        var section = new VerticalLayout(new H3(getTranslation(titleKey)));
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private Div links(List<ActorRef> actors) {
        var div = new Div();
        boolean first = true;
        for (var actor : actors) {
            if (!first) {
                div.add(new Span(", "));
            }
            first = false;
            div.add(Links.actor(actor.id(), actor.name()));
        }
        div.getStyle().set("display", "inline");
        return div;
    }

    private String phaseName(String code) {
        return LifePhase.ofCode(code).map(p -> getTranslation(p.messageKey())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.gaps.title") + " · " + getTranslation("app.name");
    }
}
