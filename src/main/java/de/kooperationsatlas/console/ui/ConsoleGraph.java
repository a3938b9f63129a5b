package de.kooperationsatlas.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** The nodes and relationships of a console answer, drawn with Cytoscape.js ({@code console/console-graph.js}). */
@Tag("atlas-console-graph")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@JsModule("./console/console-graph.js")
class ConsoleGraph extends Component implements HasSize {

    /** Draws the graph given as JSON: {@code {nodes, relationships}} in the console's shapes. */
    void show(String graphJson) {
        getElement().callJsFunction("setGraph", graphJson);
    }
}
