package de.kooperationsatlas.network.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.FieldErrors;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.network.NetworkDetails;
import de.kooperationsatlas.network.NetworkService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Adds an actor to a network or changes its membership: role and since (a year or an ISO date). */
class MemberDialog extends Dialog {

    private final ComboBox<ActorRow> actor = new ComboBox<>();
    private final TextField role = new TextField();
    private final TextField since = new TextField();

    MemberDialog(
            NetworkDetails network,
            NetworkDetails.@Nullable Member existing,
            ActorService actors,
            NetworkService networks,
            Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "network.addMember" : "network.editMember"));
        Set<String> members =
                network.members().stream().map(NetworkDetails.Member::actorId).collect(Collectors.toSet());
        actor.setLabel(getTranslation("admin.actor"));
        actor.setHelperText(getTranslation("admin.actorHelp"));
        actor.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : actors.lookup(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream()
                        .filter(a -> !members.contains(a.id())));
        actor.setItemLabelGenerator(a -> a.name() + " (" + a.seatName() + ")");
        actor.setRequired(true);
        actor.setWidthFull();
        actor.setId("member-actor");
        role.setLabel(getTranslation("network.role"));
        role.setHelperText(getTranslation("network.roleHelp"));
        role.setId("member-role");
        since.setLabel(getTranslation("cooperation.since"));
        since.setHelperText(getTranslation("cooperation.sinceHelp"));
        since.setId("member-since");
        if (existing != null) {
            var row = new ActorRow(
                    existing.actorId(), existing.actorName(), "", existing.seatAgs(), existing.seatName(), List.of());
            actor.setItems(row);
            actor.setValue(row);
            actor.setReadOnly(true);
            role.setValue(existing.role() == null ? "" : existing.role());
            since.setValue(existing.since() == null ? "" : existing.since());
        }
        var form = new FormLayout(actor, role, since);
        form.setColspan(actor, 2);
        add(form);
        var save = new Button(getTranslation("action.save"), e -> save(network, networks, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("member-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(NetworkDetails network, NetworkService networks, Runnable saved) {
        Map<String, HasValidation> fields = Map.of("actor", actor, "role", role, "since", since);
        FieldErrors.clear(fields);
        if (actor.getValue() == null) {
            actor.setErrorMessage(getTranslation("actor.error.required"));
            actor.setInvalid(true);
            return;
        }
        try {
            networks.addOrUpdateMember(network.id(), actor.getValue().id(), role.getValue(), since.getValue());
            Notifications.success(getTranslation("action.saved"));
            close();
            saved.run();
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, fields).forEach(Notifications::error);
        } catch (AccessDeniedException ex) {
            actor.setErrorMessage(getTranslation("admin.error.actorForbidden"));
            actor.setInvalid(true);
            Notifications.error(getTranslation("error.forbidden"));
        } catch (NotFoundException ex) {
            Notifications.error(getTranslation("error.notFound", ex.key()));
        }
    }
}
