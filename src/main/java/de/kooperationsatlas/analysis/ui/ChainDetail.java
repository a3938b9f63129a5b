package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import de.kooperationsatlas.analysis.ActorRef;
import de.kooperationsatlas.analysis.TransitionCoverage;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ui.Links;
import java.util.List;

/** Below the chain picture: who is active in the clicked phase, or who bridges the clicked transition. */
class ChainDetail extends Div {

    ChainDetail() {
        setId("chain-detail");
        setWidthFull();
        addClassName("atlas-chain-list");
    }

    /** Before any click: how to use the picture (not printed). */
    void showHint() {
        removeAll();
        var hint = new Span(getTranslation("chain.picture.clickHint"));
        hint.addClassName("atlas-no-print");
        add(hint);
    }

    void showPhase(LifePhase phase, List<ActorRef> actors) {
        removeAll();
        getElement().setAttribute("data-shows", phase.name());
        add(new H4(getTranslation("chain.picture.phaseActors", getTranslation(phase.messageKey()), actors.size())));
        add(actors.isEmpty() ? new Span(getTranslation("chain.picture.nobody")) : actorLinks(actors));
    }

    void showTransition(TransitionCoverage.Transition t) {
        removeAll();
        getElement().setAttribute("data-shows", t.from() + ">" + t.to());
        add(new H4(getTranslation(
                "chain.picture.transitionActors",
                getTranslation("phase." + t.from()),
                getTranslation("phase." + t.to()))));
        add(new Div(new Span(getTranslation("chain.picture.bothPhases") + ": ")));
        add(t.actors().isEmpty() ? new Span(getTranslation("chain.picture.nobody")) : actorLinks(t.actors()));
        add(new Div(new Span(getTranslation("chain.picture.pairs") + ": ")));
        if (t.pairs().isEmpty()) {
            add(new Span(getTranslation("chain.picture.nobody")));
        } else {
            var pairs = new Div();
            for (var pair : t.pairs()) {
                pairs.add(new Div(
                        Links.actor(pair.a().id(), pair.a().name()),
                        new Span(" – "),
                        Links.actor(pair.b().id(), pair.b().name())));
            }
            add(pairs);
        }
    }

    private static Div actorLinks(List<ActorRef> actors) {
        var div = AnalysisUi.links(actors);
        div.addClassName("atlas-chain-actors");
        return div;
    }
}
