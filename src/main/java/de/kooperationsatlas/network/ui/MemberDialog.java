package de.kooperationsatlas.network.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.ui.ActorPicker;
import de.kooperationsatlas.base.ui.DialogButtons;
import de.kooperationsatlas.base.ui.Saves;
import de.kooperationsatlas.network.NetworkDetails;
import de.kooperationsatlas.network.NetworkService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Adds an actor to a network or changes its membership: role, since and until (a year or an ISO date). */
class MemberDialog extends Dialog {

    private final ComboBox<ActorRow> actor;
    private final TextField role = new TextField();
    private final TextField since = new TextField();
    private final TextField until = new TextField();

    MemberDialog(
            NetworkDetails network,
            NetworkDetails.@Nullable Member existing,
            ActorService actors,
            NetworkService networks,
            Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "network.addMember" : "network.editMember"));
        Set<String> members =
                network.members().stream().map(NetworkDetails.Member::actorId).collect(Collectors.toSet());
        actor = ActorPicker.forDialog(this, actors, members, "member-actor", existing, List.of());
        role.setLabel(getTranslation("network.role"));
        role.setHelperText(getTranslation("network.roleHelp"));
        role.setId("member-role");
        since.setLabel(getTranslation("cooperation.since"));
        since.setHelperText(getTranslation("cooperation.sinceHelp"));
        since.setId("member-since");
        until.setLabel(getTranslation("network.memberUntil"));
        until.setHelperText(getTranslation("cooperation.untilHelp"));
        until.setId("member-until");
        if (existing != null) {
            role.setValue(existing.role() == null ? "" : existing.role());
            since.setValue(existing.since() == null ? "" : existing.since());
            until.setValue(existing.until() == null ? "" : existing.until());
        }
        var form = new FormLayout(actor, role, since, until);
        form.setColspan(actor, 2);
        add(form);
        DialogButtons.cancelSave(this, "member-save", () -> save(network, networks, saved));
    }

    private void save(NetworkDetails network, NetworkService networks, Runnable saved) {
        Map<String, HasValidation> fields = Map.of("actor", actor, "role", role, "since", since, "until", until);
        if (ActorPicker.chosen(this, actor)
                && Saves.run(
                        this,
                        fields,
                        actor,
                        () -> networks.addOrUpdateMember(
                                network.id(),
                                actor.getValue().id(),
                                role.getValue(),
                                since.getValue(),
                                until.getValue()))) {
            close();
            saved.run();
        }
    }
}
