package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.analysis.ActorRef;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.Changes;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed (Veränderungen) in a region or chain between two dates, as a district asks it before its
 * next health conference: the key figures side by side with their difference, who is new and who left,
 * which cooperations began and ended, which gaps closed and opened. Region, chain and the two dates live
 * in the URL ({@code analysis/changes?region=15085&from=2023-12-31&to=2025-12-31}).
 */
@Menu(order = 66, title = "nav.changes", icon = "vaadin:time-forward")
@Route("analysis/changes")
@PermitAll
class ChangesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** More entries than this per list are counted, not listed (a state's changes can be thousands). */
    static final int LISTED = 100;

    private final AnalysisService analyses;
    private final ComboBox<RegionRef> region;
    private final ComboBox<ChainRow> chain;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = DatePickers.asOf(getLocale());
    private final UrlState url = new UrlState(this, "analysis/changes");
    private final VerticalLayout content = new VerticalLayout();

    ChangesView(AnalysisService analyses, RegionService regions, ChainService chains) {
        this.analyses = analyses;
        this.region = AnalysisUi.regionPicker(this, regions, "analysis.gaps.region", r -> true);
        this.chain = AnalysisUi.chainPicker(this, chains, "analysis.gaps.chain");
        region.setId("changes-region");
        chain.setId("changes-chain");
        chain.setPlaceholder(getTranslation("analysis.gaps.chainPlaceholder"));
        chain.setWidth("min(24rem, 100%)");
        DatePickers.localise(from, getLocale());
        from.setLabel(getTranslation("changes.from"));
        from.setId("changes-from");
        from.setWidth("11rem");
        from.setValue(defaultFrom());
        to.setLabel(getTranslation("changes.to"));
        to.setHelperText(null);
        to.setId("changes-to");
        setMaxWidth("90rem");
        content.setPadding(false);
        content.setId("changes-content");
        add(new H2(getTranslation("changes.title")), AnalysisUi.toolbar(region, chain, from, to), content);
        url.bind("region", region, AnalysisUi.regionParameter(regions))
                .bind("chain", chain, AnalysisUi.chainParameter(chains))
                .bind("from", from, DatePickers.dateParameter("from").withDefault(ChangesView::defaultFrom))
                .bind("to", to, DatePickers.asOfParameter());
        AnalysisUi.refreshOnUserChange(this::refresh, region, chain, from, to);
        showHint();
    }

    /** Two years back, on the same day: a district's last two health conferences. */
    static LocalDate defaultFrom() {
        return Dates.today().minusYears(2);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        url.read(event).keySet().forEach(key -> Notifications.error(getTranslation("changes.badParameter", key)));
        refresh();
    }

    private void showHint() {
        content.removeAll();
        content.add(AnalysisUi.hint(getTranslation("changes.hint")));
    }

    private void refresh() {
        var selectedRegion = region.getValue();
        var selectedChain = chain.getValue();
        if ((selectedRegion == null && selectedChain == null) || from.getValue() == null || to.getValue() == null) {
            showHint();
            return;
        }
        if (from.getValue().isAfter(to.getValue())) {
            content.removeAll();
            content.add(AnalysisUi.hint(getTranslation("changes.fromAfterTo")));
            return;
        }
        try {
            var changes = analyses.changes(
                    selectedRegion == null ? null : selectedRegion.ags(),
                    selectedChain == null ? null : selectedChain.id(),
                    from.getValue().toString(),
                    from.getValue(),
                    to.getValue().toString(),
                    to.getValue());
            show(changes);
        } catch (RuntimeException e) {
            Notifications.error(getTranslation("analysis.error", String.valueOf(e.getMessage())));
        }
    }

    private void show(Changes changes) {
        content.removeAll();
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        String fromText = format.format(from.getValue());
        String toText = format.format(to.getValue());
        content.add(AnalysisUi.hint(getTranslation("changes.summary", fromText, toText)));
        content.add(figures(changes, fromText, toText));
        Set<String> ids = new HashSet<>(changes.actors().added());
        ids.addAll(changes.actors().ended());
        changes.cooperations().added().forEach(ids::addAll);
        changes.cooperations().ended().forEach(ids::addAll);
        var names = analyses.actorNames(ids);
        content.add(pair(
                actorList("changes.actorsAdded", changes.actors().added(), names, "changes-actors-added", "added"),
                actorList("changes.actorsEnded", changes.actors().ended(), names, "changes-actors-ended", "ended")));
        content.add(pair(
                pairList(
                        "changes.cooperationsAdded",
                        changes.cooperations().added(),
                        names,
                        "changes-cooperations-added",
                        "added"),
                pairList(
                        "changes.cooperationsEnded",
                        changes.cooperations().ended(),
                        names,
                        "changes-cooperations-ended",
                        "ended")));
        content.add(gaps(changes));
        var graph = Links.to(
                "graph?"
                        + (region.getValue() == null
                                ? ""
                                : "region=" + region.getValue().ags() + "&") + DatePickers.AS_OF + "=" + to.getValue()
                        + "&compare="
                        + from.getValue(),
                getTranslation("changes.graphLink"));
        graph.setId("changes-graph-link");
        content.add(graph);
    }

    /** The key figures as cards: the value at both dates and the difference, coloured by direction. */
    private Component figures(Changes changes, String fromText, String toText) {
        var cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setId("changes-figures");
        for (var figure : changes.figures()) {
            boolean isDensity = figure.name().equals("density");
            double before = figure.from().doubleValue();
            double after = figure.to().doubleValue();
            double delta = after - before;
            var title = new Div(getTranslation("changes.figure." + figure.name()));
            title.addClassName("atlas-muted");
            var value = new Div(show(after, isDensity));
            value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
            var was = new Span(getTranslation("changes.was", fromText, show(before, isDensity)));
            was.addClassName("atlas-muted");
            var difference = new Span(delta == 0 ? "±0" : (delta > 0 ? "+" : "−") + show(Math.abs(delta), isDensity));
            // Fewer isolated actors is good news; for every other figure more is.
            boolean good = figure.name().equals("isolated") ? delta < 0 : delta > 0;
            difference
                    .getElement()
                    .getThemeList()
                    .add(delta == 0 ? "badge contrast small" : good ? "badge success small" : "badge error small");
            var card = new Div(title, value, new Div(difference, new Span(" "), was));
            card.addClassName("atlas-figure-card");
            card.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("min-width", "11rem");
            card.setId("changes-figure-" + figure.name());
            cards.add(card);
        }
        var section = new VerticalLayout(new H3(getTranslation("changes.figures", toText)), cards);
        section.setPadding(false);
        return section;
    }

    private static String show(double value, boolean fraction) {
        return fraction ? AnalysisUi.number(value, 3) : AnalysisUi.number(value, 0);
    }

    private Component pair(Component left, Component right) {
        var row = new FlexLayout(left, right);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setWidthFull();
        row.getStyle().set("gap", "var(--lumo-space-l)");
        return row;
    }

    private Component actorList(String titleKey, List<String> ids, Map<String, String> names, String id, String style) {
        var refs = new ArrayList<ActorRef>();
        for (String actor : ids.subList(0, Math.min(LISTED, ids.size()))) {
            refs.add(new ActorRef(actor, names.getOrDefault(actor, actor)));
        }
        var body = ids.isEmpty() ? new Span(getTranslation("analysis.gaps.none")) : AnalysisUi.links(refs);
        return box(titleKey, ids.size(), body, id, style);
    }

    private Component pairList(
            String titleKey, List<List<String>> pairs, Map<String, String> names, String id, String style) {
        var list = new Div();
        for (var pair : pairs.subList(0, Math.min(LISTED, pairs.size()))) {
            var line = new Div(
                    Links.actor(pair.get(0), names.getOrDefault(pair.get(0), pair.get(0))),
                    new Span(" – "),
                    Links.actor(pair.get(1), names.getOrDefault(pair.get(1), pair.get(1))));
            list.add(line);
        }
        if (pairs.isEmpty()) {
            list.add(new Span(getTranslation("analysis.gaps.none")));
        }
        return box(titleKey, pairs.size(), list, id, style);
    }

    private Component box(String titleKey, int count, Component body, String id, String style) {
        var title = new H3(getTranslation(titleKey, count));
        var box = new VerticalLayout(title, body);
        if (count > LISTED) {
            box.add(AnalysisUi.hint(getTranslation("changes.more", count - LISTED)));
        }
        box.setPadding(false);
        box.setSpacing(false);
        box.setId(id);
        box.getStyle()
                .set("flex", "1 1 24rem")
                .set(
                        "border-left",
                        "4px solid "
                                + (style.equals("added") ? "var(--lumo-success-color)" : "var(--lumo-error-color)"))
                .set("padding-left", "var(--lumo-space-m)");
        return box;
    }

    private Component gaps(Changes changes) {
        var closed = new Div();
        var opened = new Div();
        changes.phaseGaps().closed().forEach(code -> closed.add(chip(AnalysisUi.phaseName(this, code), true)));
        changes.transitionGaps().closed().forEach(t -> closed.add(chip(transition(t), true)));
        changes.phaseGaps().opened().forEach(code -> opened.add(chip(AnalysisUi.phaseName(this, code), false)));
        changes.transitionGaps().opened().forEach(t -> opened.add(chip(transition(t), false)));
        int closedCount = changes.phaseGaps().closed().size()
                + changes.transitionGaps().closed().size();
        int openedCount = changes.phaseGaps().opened().size()
                + changes.transitionGaps().opened().size();
        if (closedCount == 0) {
            closed.add(new Span(getTranslation("analysis.gaps.none")));
        }
        if (openedCount == 0) {
            opened.add(new Span(getTranslation("analysis.gaps.none")));
        }
        return pair(
                box("changes.gapsClosed", closedCount, closed, "changes-gaps-closed", "added"),
                box("changes.gapsOpened", openedCount, opened, "changes-gaps-opened", "ended"));
    }

    private String transition(List<String> pair) {
        return AnalysisUi.phaseName(this, pair.get(0)) + " → " + AnalysisUi.phaseName(this, pair.get(1));
    }

    private Span chip(String text, boolean good) {
        var chip = new Span(text);
        chip.getElement().getThemeList().add(good ? "badge success" : "badge error");
        chip.getStyle().set("margin", "0 var(--lumo-space-xs) var(--lumo-space-xs) 0");
        return chip;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("changes.title") + " · " + getTranslation("app.name");
    }
}
