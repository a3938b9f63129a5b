package de.kooperationsatlas.graph.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.graph.NetworkGraph;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The side panel for the clicked actor: its essentials and structure figures from the picture, a
 * button that shows its ego network, and a link to its page.
 */
class ActorPanel extends Div {

    private final Consumer<String> showEgo;

    /** @param showEgo shows the given actor's ego network */
    ActorPanel(Consumer<String> showEgo) {
        this.showEgo = showEgo;
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
        add(fact("graph.panel.sector", getTranslation("sector." + node.sector())));
        add(fact("graph.panel.community", String.valueOf(node.community() + 1)));
        if (node.separates() > 0) {
            var cut = fact("graph.panel.cut", getTranslation("graph.panel.separates", node.separates()));
            cut.setId("graph-actor-cut");
            add(cut);
        }
        var ego = new Button(
                getTranslation("graph.ego.show"), VaadinIcon.CLUSTER.create(), e -> showEgo.accept(node.id()));
        ego.setId("graph-actor-ego");
        ego.setTooltipText(getTranslation("graph.ego.showHelp"));
        ego.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new Div(ego));
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
