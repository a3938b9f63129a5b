package de.kooperationsatlas.chain.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.FieldErrors;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.chain.ChainDetails;
import de.kooperationsatlas.chain.ChainService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adds an actor to a prevention chain or changes the life phases it contributes; no phase ticked means
 * the actor's own phases count.
 */
class ContributionDialog extends Dialog {

    private final ComboBox<ActorRow> actor = new ComboBox<>();
    private final CheckboxGroup<LifePhase> phases = new CheckboxGroup<>();

    ContributionDialog(
            ChainDetails chain,
            ChainDetails.@Nullable Contributor existing,
            ActorService actors,
            ChainService chains,
            Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "chain.addContributor" : "chain.editContributor"));
        setWidth("min(40rem, 95vw)");
        Set<String> contributors = chain.contributors().stream()
                .map(ChainDetails.Contributor::actorId)
                .collect(Collectors.toSet());
        actor.setLabel(getTranslation("admin.actor"));
        actor.setHelperText(getTranslation("admin.actorHelp"));
        actor.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : actors.lookup(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream()
                        .filter(a -> !contributors.contains(a.id())));
        actor.setItemLabelGenerator(a -> a.name() + " (" + a.seatName() + ")");
        actor.setRequired(true);
        actor.setWidthFull();
        actor.setId("contributor-actor");
        actor.addValueChangeListener(e ->
                explainOwnPhases(e.getValue() == null ? List.of() : e.getValue().lifePhases()));
        phases.setLabel(getTranslation("chain.phases"));
        phases.setItems(LifePhase.values());
        phases.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        phases.setHelperText(getTranslation("chain.phasesHelp"));
        phases.setId("contributor-phases");
        if (existing != null) {
            var row = new ActorRow(
                    existing.actorId(),
                    existing.actorName(),
                    "",
                    existing.seatAgs(),
                    existing.seatName(),
                    existing.ownPhases());
            actor.setItems(row);
            actor.setValue(row);
            actor.setReadOnly(true);
            phases.setValue(existing.phases().stream()
                    .flatMap(code -> LifePhase.ofCode(code).stream())
                    .collect(Collectors.toSet()));
        }
        var form = new FormLayout(actor, phases);
        form.setColspan(actor, 2);
        form.setColspan(phases, 2);
        add(form);
        var save = new Button(getTranslation("action.save"), e -> save(chain, chains, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("contributor-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Says which phases an empty choice stands for, once the actor is known. */
    private void explainOwnPhases(List<String> own) {
        if (own.isEmpty()) {
            phases.setHelperText(getTranslation("chain.phasesHelp"));
            return;
        }
        String names = own.stream().map(code -> getTranslation("phase." + code)).collect(Collectors.joining(", "));
        phases.setHelperText(getTranslation("chain.phasesHelpOwn", names));
    }

    private void save(ChainDetails chain, ChainService chains, Runnable saved) {
        Map<String, HasValidation> fields = Map.of("actor", actor, "phases", phases);
        FieldErrors.clear(fields);
        if (actor.getValue() == null) {
            actor.setErrorMessage(getTranslation("actor.error.required"));
            actor.setInvalid(true);
            return;
        }
        try {
            chains.addOrUpdateContributor(
                    chain.id(),
                    actor.getValue().id(),
                    phases.getValue().stream().sorted().map(Enum::name).toList());
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
