package de.kooperationsatlas.actor.ui;

import com.vaadin.flow.component.Component;
import de.kooperationsatlas.actor.ActorDetails;

/**
 * A section that a feature above {@code actor} adds to the actor page (structure's "Wie sind wir
 * verbunden?"), so that the actor page shows it without depending on that feature: every Spring bean of
 * this type contributes one section, in their {@code @Order}, after the cooperations.
 */
public interface ActorPageSection {

    /** A new section for the actor's page (called once per page shown, in the page's UI). */
    Component create(ActorDetails actor);
}
