package de.kooperationsatlas.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.kooperationsatlas.console.ConsoleExample;
import de.kooperationsatlas.console.ConsoleHistoryEntry;
import de.kooperationsatlas.console.ConsoleService;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Beside the console's editor: the example queries of {@code cypher/analysis/} and the user's history;
 * a click puts a query with its parameters into the editor. Sticky, and scrolling on its own, so the
 * editor and the answer stay in view.
 */
class ConsoleSide extends VerticalLayout {

    private final ConsoleService console;
    private final BiConsumer<String, String> insert;
    private final VerticalLayout history = new VerticalLayout();

    /** @param insert takes a query and its parameters as JSON */
    ConsoleSide(ConsoleService console, BiConsumer<String, String> insert) {
        this.console = console;
        this.insert = insert;
        var examples = new VerticalLayout();
        examples.setPadding(false);
        examples.setSpacing(false);
        examples.setId("console-examples");
        for (ConsoleExample example : console.examples()) {
            examples.add(exampleItem(example));
        }
        history.setPadding(false);
        history.setSpacing(false);
        history.setId("console-history");
        add(new H3(getTranslation("console.examples")), examples, new H3(getTranslation("console.history")), history);
        setPadding(false);
        setWidth("22rem");
        setId("console-side");
        getStyle()
                .set("flex-shrink", "0")
                .set("position", "sticky")
                .set("top", "0")
                .set("max-height", "calc(100vh - 7rem)")
                .set("overflow-y", "auto");
    }

    private Component exampleItem(ConsoleExample example) {
        var title = new Span(example.title());
        title.getStyle().set("font-weight", "600");
        var parameters = new Span(example.parameters());
        parameters.addClassName("atlas-muted");
        parameters.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        var button = new Button(getTranslation("console.examples.insert"), VaadinIcon.ARROW_LEFT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId("console-example-" + example.name());
        button.addClickListener(e -> insert.accept(example.query(), console.toJson(example.exampleParameters())));
        var item = new VerticalLayout(title, parameters, button);
        item.setPadding(false);
        item.setSpacing(false);
        item.getElement().setAttribute("title", example.description());
        item.getStyle()
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return item;
    }

    /** The user's recent queries, newest first, each by its first line. */
    void showHistory() {
        history.removeAll();
        List<ConsoleHistoryEntry> entries = console.history();
        if (entries.isEmpty()) {
            var empty = new Span(getTranslation("console.history.empty"));
            empty.addClassName("atlas-muted");
            history.add(empty);
        }
        for (ConsoleHistoryEntry entry : entries) {
            String firstLine = entry.query().lines().findFirst().orElse("");
            var button = new Button(firstLine.length() > 60 ? firstLine.substring(0, 59) + "…" : firstLine);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getStyle()
                    .set("font-family", "ui-monospace, Menlo, Consolas, monospace")
                    .set("max-width", "100%");
            button.getElement().setAttribute("title", entry.query());
            button.addClickListener(e -> insert.accept(entry.query(), entry.parameters()));
            history.add(button);
        }
    }
}
