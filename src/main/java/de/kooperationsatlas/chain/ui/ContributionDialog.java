package de.kooperationsatlas.chain.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.ui.ActorPicker;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ui.DialogButtons;
import de.kooperationsatlas.base.ui.Saves;
import de.kooperationsatlas.chain.ChainDetails;
import de.kooperationsatlas.chain.ChainService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Adds an actor to a prevention chain or changes the life phases it contributes; no phase ticked means
 * the actor's own phases count.
 */
class ContributionDialog extends Dialog {

    private final ComboBox<ActorRow> actor;
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
        actor = ActorPicker.forDialog(
                this,
                actors,
                contributors,
                "contributor-actor",
                existing,
                existing == null ? List.of() : existing.ownPhases());
        actor.addValueChangeListener(e ->
                explainOwnPhases(e.getValue() == null ? List.of() : e.getValue().lifePhases()));
        phases.setLabel(getTranslation("chain.phases"));
        phases.setItems(LifePhase.values());
        phases.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        phases.setId("contributor-phases");
        explainOwnPhases(existing == null ? List.of() : existing.ownPhases());
        if (existing != null) {
            phases.setValue(existing.phases().stream()
                    .flatMap(code -> LifePhase.ofCode(code).stream())
                    .collect(Collectors.toSet()));
        }
        var form = new FormLayout(actor, phases);
        form.setColspan(actor, 2);
        form.setColspan(phases, 2);
        add(form);
        DialogButtons.cancelSave(this, "contributor-save", () -> save(chain, chains, saved));
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
        if (ActorPicker.chosen(this, actor)
                && Saves.run(
                        this,
                        fields,
                        actor,
                        () -> chains.addOrUpdateContributor(
                                chain.id(),
                                actor.getValue().id(),
                                phases.getValue().stream()
                                        .sorted()
                                        .map(Enum::name)
                                        .toList()))) {
            close();
            saved.run();
        }
    }
}
