package de.kooperationsatlas.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Leaflet map ({@code src/main/frontend/map/atlas-map.js}): draws what {@link #show} describes and
 * reports clicks on an area or an actor seat by AGS. Leaflet draws with SVG, so it needs no WebGL.
 */
@Tag("atlas-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./map/atlas-map.js")
@CssImport("leaflet/dist/leaflet.css")
@CssImport("./map/atlas-map.css")
class AtlasMap extends Component implements HasSize {

    AtlasMap() {
        setId("atlas-map");
    }

    /** Draws the map: outlines, colours, legend, seats, source notes (see atlas-map.js for the fields). */
    void show(ObjectNode config) {
        getElement().callJsFunction("show", config.toString());
    }

    void onRegionClick(SerializableConsumer<String> listener) {
        getElement()
                .addEventListener(
                        "region-click",
                        e -> listener.accept(
                                e.getEventData().get("event.detail.ags").asString()))
                .addEventData("event.detail.ags");
    }

    void onSeatClick(SerializableConsumer<String> listener) {
        getElement()
                .addEventListener(
                        "seat-click",
                        e -> listener.accept(
                                e.getEventData().get("event.detail.ags").asString()))
                .addEventData("event.detail.ags");
    }

    void onError(SerializableConsumer<String> listener) {
        getElement()
                .addEventListener(
                        "map-error",
                        e -> listener.accept(
                                e.getEventData().get("event.detail.message").asString()))
                .addEventData("event.detail.message");
    }
}
