package de.kooperationsatlas.structure.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.kooperationsatlas.actor.ActorDetails;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.analysis.ui.AnalysisUi;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.structure.StructureService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * "Wie sind wir verbunden?" on an actor's page: a search for another actor (by name or id, shown with
 * its place), then the shortest chains of cooperations active today from this actor to that one (at
 * most {@link #SHOWN}), each as names linked to their pages, with the distance; a plain message when
 * there is no chain; a link to the network picture around this actor.
 */
class ActorPathsPanel extends VerticalLayout {

    static final int SHOWN = 5;

    private final StructureService structure;
    private final ActorService actors;
    private final ActorDetails actor;
    private final Div result = new Div();
    private final Map<String, String> names = new HashMap<>();

    ActorPathsPanel(StructureService structure, ActorService actors, ActorDetails actor) {
        this.structure = structure;
        this.actors = actors;
        this.actor = actor;
        setId("actor-paths");
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-xs)");
        names.put(actor.id(), actor.name());
        var other = new ComboBox<ActorRow>(getTranslation("structure.paths.other"));
        other.setId("actor-paths-other");
        other.setPlaceholder(getTranslation("structure.paths.placeholder"));
        other.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : actors.lookup(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream()
                        .filter(a -> !a.id().equals(actor.id())));
        other.setItemLabelGenerator(a -> a.name() + " (" + a.seatName() + ")");
        other.setClearButtonVisible(true);
        other.setWidth("min(32rem, 100%)");
        other.addValueChangeListener(e -> show(e.getValue()));
        result.setId("actor-paths-result");
        var district = actor.seatAgs().substring(0, Math.min(5, actor.seatAgs().length()));
        var graph = Links.to(
                "graph?region=" + district + "&actor=" + Links.encode(actor.id()),
                getTranslation("structure.paths.graph"));
        graph.setId("actor-paths-graph");
        add(
                new H3(getTranslation("structure.paths.title")),
                AnalysisUi.hint(getTranslation("structure.paths.hint", actor.name(), SHOWN)),
                other,
                result,
                graph);
    }

    private void show(ActorRow other) {
        result.removeAll();
        if (other == null) {
            return;
        }
        names.put(other.id(), other.name());
        try {
            // One more than shown, to say whether there are more chains as short.
            var paths = structure.paths(actor.id(), other.id(), SHOWN + 1, Dates.today());
            if (paths.distance() == null) {
                var none = new Span(getTranslation("structure.paths.none", actor.name(), other.name()));
                none.setId("actor-paths-none");
                result.add(none);
                return;
            }
            var distance =
                    new Span(getTranslation("structure.paths.distance", actor.name(), other.name(), paths.distance()));
            distance.setId("actor-paths-distance");
            distance.getElement().setAttribute("data-distance", String.valueOf(paths.distance()));
            distance.getStyle().set("font-weight", "600");
            result.add(new Div(distance));
            var shown = paths.paths().subList(0, Math.min(SHOWN, paths.paths().size()));
            for (var path : shown) {
                result.add(chain(path));
            }
            if (paths.paths().size() > SHOWN) {
                result.add(new Div(AnalysisUi.hint(getTranslation("structure.paths.more", SHOWN))));
            }
        } catch (NotFoundException e) {
            var inactive = new Span(getTranslation("structure.paths.inactive"));
            inactive.setId("actor-paths-none");
            result.add(inactive);
        }
    }

    /** A chain as names linked to their pages, joined by arrows. */
    private Div chain(List<String> path) {
        var div = new Div();
        div.addClassName("actor-path");
        div.getElement().setAttribute("data-path", String.join(" ", path));
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                div.add(new Span(" → "));
            }
            String id = path.get(i);
            div.add(Links.actor(id, name(id)));
        }
        return div;
    }

    private String name(String id) {
        return names.computeIfAbsent(
                id, key -> actors.find(key).map(ActorDetails::name).orElse(key));
    }
}
