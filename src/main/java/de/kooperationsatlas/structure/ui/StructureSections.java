package de.kooperationsatlas.structure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.kooperationsatlas.analysis.ui.AnalysisUi;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.structure.Communities;
import de.kooperationsatlas.structure.CutPoints;
import de.kooperationsatlas.structure.StructuralHoles;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The sections on actors and groups: key actors between groups, weak spots, groups. */
final class StructureSections {

    static final int MEMBERS_SHOWN = 5;

    private final Component owner;
    private final Map<String, String> names;

    StructureSections(Component owner, Map<String, String> names) {
        this.owner = owner;
        this.names = names;
    }

    /**
     * A section: heading with its CSV downloads beside it, the count first (its number in
     * {@code data-count}), two sentences of explanation.
     */
    static VerticalLayout section(Component owner, String key, long count, String countText, Component... downloads) {
        var counted = new Span(countText);
        counted.setId("structure-" + key + "-count");
        counted.getElement().setAttribute("data-count", String.valueOf(count));
        counted.getStyle().set("font-weight", "600");
        var explanation = AnalysisUi.hint(owner.getTranslation("structure." + key + ".explanation"));
        var header = new HorizontalLayout(new H3(owner.getTranslation("structure." + key + ".title")));
        header.add(downloads);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        var section = new VerticalLayout(header, counted, explanation);
        section.setId("structure-" + key);
        section.setPadding(false);
        section.setSpacing(false);
        section.getStyle().set("gap", "var(--lumo-space-xs)");
        return section;
    }

    /** Lists of up to twenty in full, longer ones scrolling within about fifteen rows. */
    static void size(Grid<?> grid, int rows) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getStyle().set("margin-top", "var(--lumo-space-s)");
        if (rows <= 20) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32rem");
        }
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }

    private static String number(@Nullable Double value, int digits) {
        return value == null ? "–" : AnalysisUi.number(value, digits);
    }

    private Component actor(String id) {
        return Links.actor(id, names.getOrDefault(id, id));
    }

    Component holes(StructuralHoles all, int limit, Component download) {
        var shown =
                all.actors().stream().filter(a -> a.degree() > 0).limit(limit).toList();
        long connected = all.actors().stream().filter(a -> a.degree() > 0).count();
        var section =
                section(owner, "holes", shown.size(), t("structure.holes.count", shown.size(), connected), download);
        if (shown.isEmpty()) {
            return section;
        }
        var grid = new Grid<StructuralHoles.Actor>();
        grid.setId("structure-holes-grid");
        grid.addComponentColumn(a -> Links.actor(a.id(), a.name()))
                .setHeader(t("analysis.column.actor"))
                .setFlexGrow(3);
        grid.addColumn(a -> String.valueOf(a.degree()))
                .setHeader(t("structure.column.degree"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addColumn(a -> number(a.effectiveSize(), 1))
                .setHeader(t("structure.column.effectiveSize"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addColumn(a -> number(a.efficiency(), 2))
                .setHeader(t("structure.column.efficiency"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addColumn(a -> number(a.constraint(), 3))
                .setHeader(t("structure.column.constraint"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.setItems(shown);
        size(grid, shown.size());
        section.add(grid);
        return section;
    }

    Component cutPoints(CutPoints result, Component... downloads) {
        var section = section(
                owner,
                "cutPoints",
                result.actors().size(),
                t(
                        "structure.cutPoints.count",
                        result.actors().size(),
                        result.cooperations().size()),
                downloads);
        if (!result.actors().isEmpty()) {
            var grid = new Grid<CutPoints.CutPoint>();
            grid.setId("structure-cutpoints-grid");
            grid.addComponentColumn(c -> Links.actor(c.id(), c.name()))
                    .setHeader(t("analysis.column.actor"))
                    .setFlexGrow(3);
            grid.addColumn(c -> t("structure.separates", c.separates()))
                    .setHeader(t("structure.column.separates"))
                    .setFlexGrow(2);
            grid.setItems(result.actors());
            size(grid, result.actors().size());
            section.add(grid);
        }
        if (!result.cooperations().isEmpty()) {
            var grid = new Grid<CutPoints.CriticalCooperation>();
            grid.setId("structure-bridges-grid");
            grid.getElement()
                    .setAttribute(
                            "data-count", String.valueOf(result.cooperations().size()));
            grid.addComponentColumn(c -> new Div(actor(c.a()), new Span(" ↔ "), actor(c.b())))
                    .setHeader(t("structure.column.cooperation"))
                    .setFlexGrow(3);
            grid.addColumn(c -> t("structure.separates", c.separates()))
                    .setHeader(t("structure.column.separates"))
                    .setFlexGrow(2);
            grid.setItems(result.cooperations());
            size(grid, result.cooperations().size());
            section.add(grid);
        }
        return section;
    }

    Component communities(Communities result, Component download) {
        var section = section(
                owner,
                "communities",
                result.communities().size(),
                t("structure.communities.count", result.communities().size()),
                download);
        var modularity = AnalysisUi.hint(t("structure.modularity", AnalysisUi.number(result.modularity(), 2)));
        modularity.setId("structure-modularity");
        section.add(modularity);
        if (result.communities().isEmpty()) {
            return section;
        }
        var grid = new Grid<Communities.Community>();
        grid.setId("structure-communities-grid");
        grid.addColumn(c -> String.valueOf(c.size()))
                .setHeader(t("structure.column.size"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(c -> members(c.actors()))
                .setHeader(t("structure.column.members"))
                .setFlexGrow(4);
        grid.addColumn(c -> String.valueOf(c.internalCooperations()))
                .setHeader(t("structure.column.internal"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addColumn(c -> String.valueOf(c.externalCooperations()))
                .setHeader(t("structure.column.external"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.setItems(result.communities());
        size(grid, result.communities().size());
        section.add(grid);
        return section;
    }

    /** The first members by name, linked, then how many more. */
    private Component members(List<String> ids) {
        var sorted = ids.stream()
                .sorted(java.util.Comparator.comparing((String id) -> names.getOrDefault(id, id)))
                .toList();
        var div = new Div();
        for (int i = 0; i < Math.min(MEMBERS_SHOWN, sorted.size()); i++) {
            if (i > 0) {
                div.add(new Span(", "));
            }
            div.add(actor(sorted.get(i)));
        }
        if (sorted.size() > MEMBERS_SHOWN) {
            div.add(new Span(" " + t("structure.more", sorted.size() - MEMBERS_SHOWN)));
        }
        return div;
    }
}
