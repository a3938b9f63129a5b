package de.kooperationsatlas.map.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.kooperationsatlas.base.ui.Links;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The map's text alternative: every area with its figure and legend class, highest first. */
class MapTable extends VerticalLayout {

    /** One area: its figure value as shown and the legend class it falls in. */
    record Row(String ags, String name, double value, String shown, String colour, String classLabel) {}

    private final H3 title = new H3();
    private final Grid<Row> grid = new Grid<>();

    MapTable() {
        grid.setId("map-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> Links.region(r.ags(), r.name()))
                .setHeader(getTranslation("map.table.name"))
                .setComparator(Comparator.comparing(Row::name))
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(Row::ags)
                .setHeader(getTranslation("analysis.csv.ags"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Row::shown)
                .setKey("value")
                .setHeader(getTranslation("map.figure"))
                .setComparator(Comparator.comparingDouble(Row::value))
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    var swatch = new Span();
                    swatch.addClassName("atlas-map-swatch");
                    swatch.getStyle().set("background", r.colour());
                    var label = new Span(swatch, new Span(r.classLabel()));
                    label.getStyle().set("display", "inline-flex").set("gap", "0.4rem");
                    return label;
                })
                .setHeader(getTranslation("map.table.class"))
                .setComparator(Comparator.comparingDouble(Row::value))
                .setAutoWidth(true);
        grid.setHeight("28rem");
        add(title, grid);
        setPadding(false);
        setWidthFull();
        setId("map-text-alternative");
    }

    void show(String figureName, List<Row> rows) {
        title.setText(getTranslation("map.table", figureName));
        grid.getColumnByKey("value").setHeader(figureName);
        var sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(Row::value).reversed().thenComparing(Row::ags));
        grid.setItems(sorted);
    }

    void clear() {
        grid.setItems();
    }
}
