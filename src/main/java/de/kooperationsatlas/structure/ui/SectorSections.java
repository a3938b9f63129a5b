package de.kooperationsatlas.structure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import de.kooperationsatlas.analysis.ui.AnalysisUi;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.structure.Brokerage;
import de.kooperationsatlas.structure.SectorMatrix;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The sections on sectors: the sector matrix as a table shaded by density (one hue, light to dark
 * blue, so it reads without telling colours apart; gaps carry the word "Lücke"), and brokerage.
 */
final class SectorSections {

    private final Component owner;

    SectorSections(Component owner) {
        this.owner = owner;
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }

    private String sector(String code) {
        return t("sector." + code);
    }

    Component sectors(SectorMatrix result, Component download) {
        var section = StructureSections.section(
                owner,
                "sectors",
                result.gaps().size(),
                t(
                        "structure.sectors.count",
                        result.sectors().size(),
                        result.gaps().size()),
                download);
        if (result.sectors().isEmpty()) {
            return section;
        }
        Map<String, SectorMatrix.Pair> pairs = new HashMap<>();
        double max = 0;
        for (var pair : result.pairs()) {
            pairs.put(pair.a() + "|" + pair.b(), pair);
            pairs.put(pair.b() + "|" + pair.a(), pair);
            max = Math.max(max, pair.density());
        }
        var table = new Element("table");
        table.getStyle()
                .set("border-collapse", "collapse")
                .set("table-layout", "fixed")
                .set("width", "100%")
                .set("min-width", "56rem")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("margin-top", "var(--lumo-space-s)");
        var head = new Element("tr");
        head.appendChild(new Element("th"));
        for (var column : result.sectors()) {
            head.appendChild(header(sector(column.code()) + " (" + column.actors() + ")", "col"));
        }
        table.appendChild(head);
        for (var row : result.sectors()) {
            var tr = new Element("tr");
            tr.appendChild(header(sector(row.code()) + " (" + row.actors() + ")", "row"));
            for (var column : result.sectors()) {
                var pair = pairs.get(row.code() + "|" + column.code());
                tr.appendChild(pair == null ? new Element("td") : cell(pair, max));
            }
            table.appendChild(tr);
        }
        var wrapper = new Div();
        wrapper.setId("structure-sector-matrix");
        wrapper.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        wrapper.getElement().appendChild(table);
        section.add(wrapper, AnalysisUi.hint(t("structure.sectors.legend")));
        return section;
    }

    private static Element header(String text, String scope) {
        var th = new Element("th").setText(text).setAttribute("scope", scope);
        th.getStyle()
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("text-align", "row".equals(scope) ? "left" : "center")
                .set("font-weight", "600")
                .set("vertical-align", "row".equals(scope) ? "middle" : "bottom")
                .set("hyphens", "auto");
        return th;
    }

    private Element cell(SectorMatrix.Pair pair, double max) {
        var td = new Element("td");
        td.getStyle()
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("text-align", "center")
                .set("border", "1px solid var(--lumo-contrast-20pct)");
        boolean gap = !pair.a().equals(pair.b()) && pair.cooperations() == 0;
        td.setAttribute("data-pair", pair.a() + "|" + pair.b());
        if (gap) {
            td.setAttribute("data-gap", "true");
            td.getStyle()
                    .set("background", "repeating-linear-gradient(45deg, #fff, #fff 6px, #f1f1f1 6px, #f1f1f1 12px)")
                    .set("border", "2px dashed #333")
                    .set("color", "#222")
                    .set("font-weight", "700");
            td.setText(t("structure.sectors.gap"));
            return td;
        }
        if (pair.possible() == 0) {
            // A sector with one actor cannot cooperate within itself.
            td.setText("–");
            return td;
        }
        // One hue, light to dark by density relative to the densest pair (square root, so one dense
        // pair of two actors does not pale all the others).
        double share = max <= 0 ? 0 : Math.sqrt(pair.density() / max);
        long lightness = Math.round(96 - 62 * share);
        td.getStyle()
                .set("background", "hsl(212, 70%, " + lightness + "%)")
                .set("color", lightness < 58 ? "#fff" : "#1a1a1a");
        var count = new Element("div").setText(t("structure.sectors.cooperations", pair.cooperations()));
        count.getStyle().set("font-weight", "600");
        var density = new Element("div").setText(t("structure.sectors.density", AnalysisUi.number(pair.density(), 3)));
        td.appendChild(count, density);
        return td;
    }

    Component brokerage(Brokerage result, Component download) {
        var section = StructureSections.section(
                owner,
                "brokerage",
                result.actors().size(),
                t("structure.brokerage.count", result.actors().size()),
                download);
        if (result.actors().isEmpty()) {
            return section;
        }
        var grid = new Grid<Brokerage.Broker>();
        grid.setId("structure-brokerage-grid");
        grid.addComponentColumn(b -> Links.actor(b.id(), b.name()))
                .setHeader(t("analysis.column.actor"))
                .setFlexGrow(3);
        grid.addColumn(b -> sector(b.sector()))
                .setHeader(t("structure.column.sector"))
                .setFlexGrow(2);
        count(grid, "structure.column.coordinator", Brokerage.Broker::coordinator);
        count(grid, "structure.column.consultant", Brokerage.Broker::consultant);
        count(grid, "structure.column.representative", Brokerage.Broker::representative);
        count(grid, "structure.column.liaison", Brokerage.Broker::liaison);
        count(grid, "structure.column.crossSector", Brokerage.Broker::crossSector);
        grid.setItems(result.actors());
        StructureSections.size(grid, result.actors().size());
        section.add(grid);
        return section;
    }

    private void count(Grid<Brokerage.Broker> grid, String key, ToLongFunction<Brokerage.Broker> value) {
        grid.addColumn(b -> AnalysisUi.number(value.applyAsLong(b), 0))
                .setHeader(t(key))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }
}
