package de.kooperationsatlas.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kooperationsatlas.console.ConsoleExample;
import de.kooperationsatlas.console.ConsoleException;
import de.kooperationsatlas.console.ConsoleHistoryEntry;
import de.kooperationsatlas.console.ConsoleResult;
import de.kooperationsatlas.console.ConsoleService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Cypher console (ANALYST, ADMIN): a Cypher editor with highlighting, a JSON parameters field, the
 * answer as a sortable table and, when it holds nodes and relationships, as a graph; CSV and JSON
 * downloads; the example queries of {@code cypher/analysis/} and the user's history at the side. A query
 * runs in the background, so the page shows progress and stays usable.
 */
@Route("console")
@Menu(order = 70, title = "nav.console", icon = "vaadin:terminal")
@RolesAllowed({"ANALYST", "ADMIN"})
class ConsoleView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ConsoleView.class);

    private final ConsoleService console;
    private final CypherEditor editor = new CypherEditor();
    private final TextArea parameters = new TextArea();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div error = new Div();
    private final Div notes = new Div();
    private final Grid<Map<String, @Nullable Object>> grid = new Grid<>();
    private final ConsoleGraph graph = new ConsoleGraph();
    private final Span graphEmpty = new Span();
    private final TabSheet results = new TabSheet();
    private final Anchor csv = new Anchor();
    private final Anchor json = new Anchor();
    private final VerticalLayout history = new VerticalLayout();
    private final NumberFormat numbers;
    private boolean running;

    ConsoleView(ConsoleService console) {
        this.console = console;
        this.numbers = NumberFormat.getIntegerInstance(getLocale());
        setSizeFull();
        configureEditor();
        configureGrid();
        configureResults();
        var main = new VerticalLayout(editorPanel(), resultPanel());
        main.setPadding(false);
        main.setMinWidth("0");
        var side = sidePanel();
        var body = new HorizontalLayout(main, side);
        body.setWidthFull();
        body.setFlexGrow(1, main);
        body.setAlignItems(FlexComponent.Alignment.START);
        add(new H2(getTranslation("console.title")), intro(), body);
        showHistory();
    }

    private Component intro() {
        var limits = console.limits();
        var intro = new Paragraph(getTranslation(
                "console.intro",
                limits.timeout().toSeconds(),
                numbers.format(limits.rowLimit()),
                console.maxConcurrent()));
        intro.addClassName("atlas-muted");
        intro.getStyle().set("margin", "0");
        return intro;
    }

    private void configureEditor() {
        editor.setId("console-editor");
        editor.setWidthFull();
        editor.setHeight("12rem");
        editor.getElement().setAttribute("aria-label", getTranslation("console.query"));
        editor.setValue("MATCH (a:Actor)-[c:COOPERATES_WITH]-(b:Actor)\nRETURN a, c, b\nLIMIT 25");
        editor.onRun(text -> start());
        parameters.setId("console-params");
        parameters.setLabel(getTranslation("console.params"));
        parameters.setHelperText(getTranslation("console.params.help"));
        parameters.setValue("{}");
        parameters.setWidthFull();
        parameters.setMinHeight("5rem");
        parameters.setMaxHeight("10rem");
        parameters.getStyle().set("font-family", "ui-monospace, Menlo, Consolas, monospace");
        parameters.addValueChangeListener(e -> parameters.setInvalid(false));
        // Ctrl+Enter runs from the parameters field too; the field's value is sent first.
        Shortcuts.addShortcutListener(parameters, this::start, Key.ENTER, KeyModifier.CONTROL)
                .listenOn(parameters)
                .resetFocusOnActiveElement();
        run.setText(getTranslation("console.run"));
        run.setIcon(VaadinIcon.PLAY.create());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("console-run");
        run.addClickListener(e -> start());
        progress.setIndeterminate(true);
        progress.setWidth("10rem");
        progress.setVisible(false);
        progress.setId("console-progress");
        status.setId("console-status");
        status.addClassName("atlas-muted");
        error.setId("console-error");
        error.setVisible(false);
        error.getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("white-space", "pre-wrap");
    }

    private Component editorPanel() {
        var spacer = new Div();
        var bar = new HorizontalLayout(run, progress, status, spacer, csv, json);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.setFlexGrow(1, spacer);
        var panel = new VerticalLayout(editor, parameters, bar, error);
        panel.setPadding(false);
        panel.setSpacing(true);
        return panel;
    }

    private void configureGrid() {
        grid.setId("console-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28rem");
        grid.setWidthFull();
    }

    private void configureResults() {
        notes.setId("console-notes");
        graph.setId("console-graph");
        graph.setWidthFull();
        graph.setHeight("28rem");
        graphEmpty.setText(getTranslation("console.graph.empty"));
        graphEmpty.addClassName("atlas-muted");
        var graphTab = new Div(graphEmpty, graph);
        graphTab.setWidthFull();
        results.add(getTranslation("console.tab.table"), grid);
        results.add(getTranslation("console.tab.graph"), graphTab);
        results.setWidthFull();
        results.setId("console-results");
        csv.setId("console-csv");
        json.setId("console-json");
        for (var link : List.of(csv, json)) {
            link.setEnabled(false);
        }
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("console.download.csv")));
        json.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("console.download.json")));
    }

    private Component resultPanel() {
        var panel = new VerticalLayout(notes, results);
        panel.setPadding(false);
        return panel;
    }

    private Component sidePanel() {
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
        var side = new VerticalLayout(
                new H3(getTranslation("console.examples")),
                examples,
                new H3(getTranslation("console.history")),
                history);
        side.setPadding(false);
        side.setWidth("22rem");
        side.setId("console-side");
        // The lists scroll on their own, so the editor and the answer stay in view.
        side.getStyle()
                .set("flex-shrink", "0")
                .set("position", "sticky")
                .set("top", "0")
                .set("max-height", "calc(100vh - 7rem)")
                .set("overflow-y", "auto");
        return side;
    }

    private Component exampleItem(ConsoleExample example) {
        var title = new Span(example.title());
        title.getStyle().set("font-weight", "600");
        var parameters = new Span(example.parameters());
        parameters.addClassName("atlas-muted");
        parameters.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        var insert = new Button(getTranslation("console.examples.insert"), VaadinIcon.ARROW_LEFT.create());
        insert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        insert.setId("console-example-" + example.name());
        insert.addClickListener(e -> insert(example.query(), console.toJson(example.exampleParameters())));
        var item = new VerticalLayout(title, parameters, insert);
        item.setPadding(false);
        item.setSpacing(false);
        item.getElement().setAttribute("title", example.description());
        item.getStyle()
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return item;
    }

    private void insert(String query, String parametersJson) {
        editor.setValue(query);
        parameters.setValue(parametersJson);
        error.setVisible(false);
        editor.focusEditor();
    }

    private void showHistory() {
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
            button.addClickListener(e -> insert(entry.query(), entry.parameters()));
            history.add(button);
        }
    }

    /** Checks the parameters here (so a JSON slip is shown at the field) and runs the query in the background. */
    private void start() {
        if (running) {
            return;
        }
        String query = editor.getValue();
        String parametersText = parameters.getValue();
        Map<String, Object> params;
        try {
            params = console.parseParameters(parametersText);
        } catch (ConsoleException e) {
            parameters.setErrorMessage(getTranslation(e.messageKey(), e.args().toArray()));
            parameters.setInvalid(true);
            return;
        }
        UI ui = UI.getCurrent();
        running = true;
        run.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("console.running"));
        error.setVisible(false);
        Runnable work = new DelegatingSecurityContextRunnable(
                () -> {
                    try {
                        ConsoleResult result = console.run(query, params);
                        finish(ui, query, parametersText, view -> view.show(result));
                    } catch (ConsoleException e) {
                        finish(ui, query, parametersText, view -> view.refuse(e.messageKey(), e.args()));
                    } catch (AccessDeniedException e) {
                        finish(ui, query, parametersText, view -> view.refuse("error.forbidden", List.of()));
                    } catch (RuntimeException | Error e) {
                        log.error("A console query failed", e);
                        finish(ui, query, parametersText, view -> view.refuse("error.unexpected", List.of()));
                    }
                },
                SecurityContextHolder.getContext());
        Thread.ofPlatform().name("atlas-console").daemon().start(work);
    }

    private void finish(UI ui, String query, String parametersText, Consumer<ConsoleView> step) {
        try {
            console.remember(query, parametersText);
        } catch (RuntimeException e) {
            log.warn("Could not keep a console query in the history", e);
        }
        try {
            ui.access(() -> {
                running = false;
                run.setEnabled(true);
                progress.setVisible(false);
                step.accept(this);
                showHistory();
            });
        } catch (UIDetachedException e) {
            // The page was closed meanwhile.
        }
    }

    private void refuse(String messageKey, List<Object> args) {
        status.setText("");
        error.setText(getTranslation(messageKey, args.toArray()));
        error.setVisible(true);
    }

    private void show(ConsoleResult result) {
        status.setText(
                getTranslation("console.rows", numbers.format(result.rows().size()), numbers.format(result.millis())));
        notes.removeAll();
        if (result.truncated()) {
            var truncated = new Span(getTranslation("console.truncated", numbers.format(result.rowLimit())));
            truncated.setId("console-truncated");
            truncated.getElement().getThemeList().add("badge contrast");
            notes.add(truncated);
        }
        if (result.hidden() > 0) {
            var hidden = new Span(getTranslation("console.hidden", numbers.format(result.hidden())));
            hidden.getElement().getThemeList().add("badge");
            hidden.getStyle().set("margin-left", "var(--lumo-space-s)");
            notes.add(hidden);
        }
        if (result.rows().isEmpty()) {
            notes.add(new Span(getTranslation("console.noRows")));
        }
        grid.removeAllColumns();
        for (String column : result.columns()) {
            grid.addColumn(row -> cell(row.get(column)))
                    .setHeader(column)
                    .setKey(column)
                    .setSortable(true)
                    .setComparator(Comparator.comparing(row -> row.get(column), ConsoleView::compare))
                    .setResizable(true)
                    .setAutoWidth(true);
        }
        // A list data provider: the grid fetches rows page by page as the user scrolls.
        grid.setItems(result.rows());
        boolean hasGraph = !result.graph().isEmpty();
        graphEmpty.setVisible(!hasGraph);
        graph.setVisible(hasGraph);
        if (hasGraph) {
            graph.show(console.toJson(result.graph()));
        }
        byte[] csvBytes = console.csv(result);
        byte[] jsonBytes = console.toJson(answer(result)).getBytes(StandardCharsets.UTF_8);
        csv.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csvBytes), "cypher.csv", "text/csv;charset=UTF-8", csvBytes.length)));
        json.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(jsonBytes), "cypher.json", "application/json", jsonBytes.length)));
        csv.setEnabled(true);
        json.setEnabled(true);
    }

    /** The answer as the API gives it. */
    private static Map<String, Object> answer(ConsoleResult result) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("columns", result.columns());
        answer.put("rows", result.rows());
        answer.put("truncated", result.truncated());
        answer.put("rowLimit", result.rowLimit());
        answer.put("hidden", result.hidden());
        return answer;
    }

    /** A cell: nodes as (:Label name), relationships as [:TYPE], everything else as text or compact JSON. */
    private String cell(@Nullable Object value) {
        if (value instanceof Map<?, ?> map && map.containsKey("labels") && map.containsKey("properties")) {
            var properties = (Map<?, ?>) map.get("properties");
            Object name = properties.containsKey("name") ? properties.get("name") : properties.get("id");
            return "(:"
                    + String.join(
                            ":",
                            ((List<?>) map.get("labels"))
                                    .stream().map(String::valueOf).toList()) + ")" + (name == null ? "" : " " + name);
        }
        if (value instanceof Map<?, ?> map && map.containsKey("type") && map.containsKey("start")) {
            return "[:" + map.get("type") + "]";
        }
        return console.text(value);
    }

    /** Numbers by value, everything else by its text; empty cells last. */
    @SuppressWarnings("unchecked")
    private static int compare(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable<?> x && a.getClass() == b.getClass()) {
            return ((Comparable<Object>) x).compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title");
    }
}
