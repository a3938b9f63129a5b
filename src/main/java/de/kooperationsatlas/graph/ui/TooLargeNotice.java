package de.kooperationsatlas.graph.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.kooperationsatlas.graph.NetworkGraph;

/** In place of a picture with more actors than the browser draws smoothly: how many, and how to narrow it. */
class TooLargeNotice extends Div {

    TooLargeNotice() {
        setId("graph-too-large");
        addClassName("atlas-graph-too-large");
        setVisible(false);
    }

    void show(NetworkGraph graph) {
        removeAll();
        add(
                new H3(getTranslation("graph.tooLarge.title")),
                new Paragraph(getTranslation("graph.tooLarge.text", graph.matchingActors(), graph.maxNodes())));
        setVisible(true);
    }
}
