package de.kooperationsatlas.console.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kooperationsatlas.console.ConsoleResult;
import de.kooperationsatlas.console.ConsoleService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A console answer: notes (truncated, hidden rows), the rows as a sortable table and, when they hold
 * nodes and relationships, as a graph; and the CSV and JSON downloads, which the view puts into its
 * toolbar.
 */
class ConsoleResults extends VerticalLayout {

    final Anchor csv = new Anchor();
    final Anchor json = new Anchor();
    private final ConsoleService console;
    private final NumberFormat numbers;
    private final Div notes = new Div();
    private final Grid<Map<String, @Nullable Object>> grid = new Grid<>();
    private final ConsoleGraph graph = new ConsoleGraph();
    private final Span graphEmpty = new Span();

    ConsoleResults(ConsoleService console, NumberFormat numbers) {
        this.console = console;
        this.numbers = numbers;
        grid.setId("console-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28rem");
        grid.setWidthFull();
        notes.setId("console-notes");
        graph.setId("console-graph");
        graph.setWidthFull();
        graph.setHeight("28rem");
        graphEmpty.setText(getTranslation("console.graph.empty"));
        graphEmpty.addClassName("atlas-muted");
        var graphTab = new Div(graphEmpty, graph);
        graphTab.setWidthFull();
        var results = new TabSheet();
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
        add(notes, results);
        setPadding(false);
    }

    void show(ConsoleResult result) {
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
                    .setComparator(Comparator.comparing(row -> row.get(column), ConsoleResults::compare))
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
    static int compare(@Nullable Object a, @Nullable Object b) {
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
}
