package de.kooperationsatlas.structure.ui;

import com.vaadin.flow.component.Component;
import de.kooperationsatlas.actor.ActorDetails;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.ui.ActorPageSection;
import de.kooperationsatlas.structure.StructureService;
import org.springframework.core.annotation.Order;

/** Adds "Wie sind wir verbunden?" ({@link ActorPathsPanel}) to the actor page through its extension point. */
@org.springframework.stereotype.Component
@Order(10)
class ActorPathsSection implements ActorPageSection {

    private final StructureService structure;
    private final ActorService actors;

    ActorPathsSection(StructureService structure, ActorService actors) {
        this.structure = structure;
        this.actors = actors;
    }

    @Override
    public Component create(ActorDetails actor) {
        return new ActorPathsPanel(structure, actors, actor);
    }
}
