package de.kooperationsatlas.graph.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.graph.NetworkGraph;
import org.jspecify.annotations.Nullable;

/** The side panel for the clicked actor: its essentials from the picture and a link to its page. */
class ActorPanel extends Div {

    ActorPanel() {
        setId("graph-actor-panel");
    }

    void show(NetworkGraph.@Nullable Node node, GraphIndex index) {
        removeAll();
        if (node == null) {
            add(new Span(getTranslation("graph.clickHint")));
            getElement().setAttribute("data-actor", "");
            return;
        }
        getElement().setAttribute("data-actor", node.id());
        var name = new H3(node.name());
        name.setId("graph-actor-name");
        add(name);
        add(fact("actor.type", getTranslation("actorType." + node.type())));
        if (node.seatName() != null) {
            add(fact("actor.seat", node.seatName() + " (" + node.seatAgs() + ")"));
        }
        if (!node.phases().isEmpty()) {
            add(fact(
                    "actor.phases",
                    String.join(
                            ", ",
                            node.phases().stream()
                                    .map(p -> getTranslation("phase." + p))
                                    .toList())));
        }
        if (!node.topics().isEmpty()) {
            add(fact("actor.topics", String.join(", ", node.topics())));
        }
        add(fact("analysis.column.betweenness", GraphIndex.number(node.betweenness(), getLocale())));
        add(fact(
                "graph.column.cooperations",
                node.isolated() ? getTranslation("graph.legend.isolated") : String.valueOf(index.degree(node.id()))));
        var link = Links.actor(node.id(), getTranslation("graph.openActor"));
        link.setId("graph-actor-link");
        add(new Div(link));
    }

    private Component fact(String labelKey, String value) {
        var label = new Div(getTranslation(labelKey));
        label.addClassName("atlas-muted");
        var div = new Div(label, new Div(value));
        div.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return div;
    }
}
