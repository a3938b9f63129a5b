package de.kooperationsatlas.actor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.SeatedLink;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The actor field with which an actor is linked to a network, chain or event: searches actors by name
 * and leaves out those already linked, so that every admin page picks actors alike.
 */
public final class ActorPicker {

    private ActorPicker() {}

    /** A bare picker (e.g. beside an add button); {@code linked} are the ids already linked. */
    public static ComboBox<ActorRow> of(ActorService actors, Set<String> linked, String id) {
        var actor = new ComboBox<ActorRow>();
        actor.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : actors.lookup(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream()
                        .filter(a -> !linked.contains(a.id())));
        actor.setItemLabelGenerator(a -> a.name() + " (" + a.seatName() + ")");
        actor.setId(id);
        return actor;
    }

    /**
     * The picker of a link dialog: labelled, required, full width; fixed to the linked actor when an
     * existing link is changed ({@code ownPhases} for the helper texts that name them).
     */
    public static ComboBox<ActorRow> forDialog(
            Component owner,
            ActorService actors,
            Set<String> linked,
            String id,
            @Nullable SeatedLink existing,
            List<String> ownPhases) {
        var actor = of(actors, linked, id);
        actor.setLabel(owner.getTranslation("admin.actor"));
        actor.setHelperText(owner.getTranslation("admin.actorHelp"));
        actor.setRequired(true);
        actor.setWidthFull();
        if (existing != null) {
            var row = new ActorRow(
                    existing.actorId(), existing.actorName(), "", existing.seatAgs(), existing.seatName(), ownPhases);
            actor.setItems(row);
            actor.setValue(row);
            actor.setReadOnly(true);
        }
        return actor;
    }

    /** Whether an actor is chosen; marks the field when not. */
    public static boolean chosen(Component owner, ComboBox<ActorRow> actor) {
        if (actor.getValue() != null) {
            return true;
        }
        actor.setErrorMessage(owner.getTranslation("actor.error.required"));
        actor.setInvalid(true);
        return false;
    }
}
