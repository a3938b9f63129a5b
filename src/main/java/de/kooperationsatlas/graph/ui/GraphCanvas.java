package de.kooperationsatlas.graph.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The browser side of the network picture: {@code <network-graph>} ({@code graph/network-graph.js})
 * draws the payload with Cytoscape.js and the fCoSE force-directed layout, and exports it as PNG
 * (Cytoscape's own) or SVG (cytoscape-svg).
 */
@Tag("network-graph")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
@NpmPackage(value = "cytoscape-svg", version = "0.4.0")
@JsModule("./graph/network-graph.js")
public class GraphCanvas extends Component implements HasSize {

    /** The colours, shapes and dashes (JSON), set once. */
    void setPalette(String json) {
        getElement().setProperty("palette", json);
    }

    /** How actors are coloured, sized and marked (JSON of {@code PictureMode}); restyles, no new layout. */
    void setMode(String json) {
        getElement().setProperty("mode", json);
    }

    /** The picture's payload (JSON of {@code NetworkGraph}); the browser lays it out anew. */
    void setData(String json) {
        getElement().setProperty("data", json);
    }

    /** Highlights and centres an actor (null: none). */
    void setSelected(@Nullable String actorId) {
        getElement().setProperty("selected", actorId == null ? "" : actorId);
    }

    /** PNG, SVG and print buttons for the toolbar; {@code fileName} gives the download's name without extension. */
    Component[] exportButtons(Supplier<String> fileName) {
        var png = new Button("PNG", VaadinIcon.DOWNLOAD_ALT.create(), e -> exportPng(fileName.get() + ".png"));
        png.setId("graph-png");
        png.setTooltipText(getTranslation("graph.exportPng"));
        var svg = new Button("SVG", VaadinIcon.DOWNLOAD_ALT.create(), e -> exportSvg(fileName.get() + ".svg"));
        svg.setId("graph-svg");
        svg.setTooltipText(getTranslation("graph.exportSvg"));
        var print = new Button(
                getTranslation("graph.print"),
                VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("graph-print");
        for (var button : List.of(png, svg, print)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new Component[] {png, svg, print};
    }

    void exportPng(String fileName) {
        getElement().callJsFunction("exportPng", fileName);
    }

    void exportSvg(String fileName) {
        getElement().callJsFunction("exportSvg", fileName);
    }

    Registration addNodeSelectListener(ComponentEventListener<NodeSelectEvent> listener) {
        return addListener(NodeSelectEvent.class, listener);
    }

    /** A click on an actor in the picture. */
    @DomEvent("node-select")
    public static class NodeSelectEvent extends ComponentEvent<GraphCanvas> {
        private final String actorId;

        public NodeSelectEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String actorId) {
            super(source, fromClient);
            this.actorId = actorId;
        }

        String actorId() {
            return actorId;
        }
    }
}
