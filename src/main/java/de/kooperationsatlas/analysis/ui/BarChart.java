package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Sorted horizontal bars ({@code src/main/frontend/charts/atlas-bar-chart.js}, Chart.js on a canvas:
 * MIT licence, no WebGL needed). The height grows with the number of bars, so every label stays
 * readable.
 */
@Tag("atlas-bar-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./charts/atlas-bar-chart.js")
class BarChart extends Component implements HasSize {

    /** One bar: the key reported on click, its label, its value and the value as shown. */
    record Bar(String key, String label, double value, String shown) {}

    /** Draws these bars in the given order, all in one colour, with {@code axis} as the value axis title. */
    void show(List<Bar> bars, String axis, String colour, Locale locale) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put("locale", locale.toLanguageTag());
        data.put("axis", axis);
        data.put("colour", colour);
        var labels = data.putArray("labels");
        var values = data.putArray("values");
        var shown = data.putArray("shown");
        var keys = data.putArray("keys");
        for (var bar : bars) {
            labels.add(bar.label());
            values.add(bar.value());
            shown.add(bar.shown());
            keys.add(bar.key());
        }
        getElement().callJsFunction("show", data.toString());
    }

    void onBarClick(SerializableConsumer<String> listener) {
        getElement()
                .addEventListener(
                        "bar-click",
                        e -> listener.accept(
                                e.getEventData().get("event.detail.key").asString()))
                .addEventData("event.detail.key");
    }
}
