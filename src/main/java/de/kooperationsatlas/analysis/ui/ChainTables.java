package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.kooperationsatlas.analysis.PhaseCoverage;
import de.kooperationsatlas.analysis.TransitionCoverage;
import de.kooperationsatlas.base.LifePhase;
import java.util.ArrayList;

/** The chain picture's text alternative: its phases and its transitions as two tables. */
class ChainTables extends VerticalLayout {

    ChainTables(ChainSvg svg, PhaseCoverage coverage, TransitionCoverage found) {
        setPadding(false);
        add(phases(coverage), transitions(svg, found));
    }

    private Grid<PhaseCoverage.Phase> phases(PhaseCoverage coverage) {
        var phases = new Grid<PhaseCoverage.Phase>();
        phases.setId("chain-phase-table");
        phases.addThemeVariants(GridVariant.LUMO_COMPACT);
        phases.addColumn(p -> LifePhase.ofCode(p.code())
                        .map(l -> l.order() + " " + getTranslation(l.messageKey()))
                        .orElse(p.code()))
                .setHeader(getTranslation("chain.picture.column.phase"))
                .setFlexGrow(3);
        phases.addColumn(p -> getTranslation("chain.picture.goal."
                        + ChainSvg.GoalArea.of(LifePhase.ofCode(p.code()).orElseThrow())
                                .name()))
                .setHeader(getTranslation("chain.picture.column.goal"))
                .setFlexGrow(2);
        phases.addColumn(p ->
                        p.actors() == 0 ? "0 – " + getTranslation("chain.picture.gap") : String.valueOf(p.actors()))
                .setHeader(getTranslation("chain.picture.column.actors"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        phases.setItems(coverage.phases());
        phases.setAllRowsVisible(true);
        return phases;
    }

    private Grid<TransitionCoverage.Transition> transitions(ChainSvg svg, TransitionCoverage found) {
        var grid = new Grid<TransitionCoverage.Transition>();
        grid.setId("chain-transition-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> svg.transition(t.from(), t.to()))
                .setHeader(getTranslation("chain.picture.column.transition"))
                .setFlexGrow(3);
        grid.addColumn(t -> getTranslation(t.bridged() ? "chain.picture.bridged" : "chain.picture.open"))
                .setHeader(getTranslation("chain.picture.column.state"))
                .setFlexGrow(1);
        grid.addColumn(t -> {
                    var names = new ArrayList<String>();
                    t.actors().forEach(a -> names.add(a.name()));
                    t.pairs().forEach(p -> names.add(p.a().name() + " – " + p.b().name()));
                    return String.join("; ", names);
                })
                .setHeader(getTranslation("chain.picture.column.bridging"))
                .setFlexGrow(5);
        grid.setItems(found.transitions());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
