package de.kooperationsatlas.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.function.Consumer;

/**
 * A Cypher editor: CodeMirror 6 with the Cypher mode of {@code @codemirror/legacy-modes} (see {@code
 * console/cypher-editor.js}). Ctrl+Enter (Cmd+Enter on a Mac) runs the query.
 */
@Tag("atlas-cypher-editor")
@NpmPackage(value = "codemirror", version = "6.0.2")
@NpmPackage(value = "@codemirror/state", version = "6.7.6")
@NpmPackage(value = "@codemirror/view", version = "6.43.15")
@NpmPackage(value = "@codemirror/language", version = "6.13.1")
@NpmPackage(value = "@codemirror/legacy-modes", version = "6.5.5")
@JsModule("./console/cypher-editor.js")
class CypherEditor extends Component implements HasSize {

    CypherEditor() {
        // The text follows every change, so the server has it when the button is pressed.
        getElement().addPropertyChangeListener("value", "value-changed", event -> {});
    }

    String getValue() {
        return getElement().getProperty("value", "");
    }

    void setValue(String text) {
        getElement().setProperty("value", text);
    }

    /** Called with the editor's text when the user presses Ctrl+Enter. */
    void onRun(Consumer<String> run) {
        getElement()
                .addEventListener("run", event -> {
                    String text =
                            event.getEventData().path("event.detail.value").asString("");
                    getElement().setProperty("value", text);
                    run.accept(text);
                })
                .addEventData("event.detail.value");
    }

    void focusEditor() {
        getElement().callJsFunction("focusEditor");
    }
}
