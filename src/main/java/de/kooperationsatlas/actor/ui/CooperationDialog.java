package de.kooperationsatlas.actor.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.kooperationsatlas.actor.ActorDetails;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.CooperationDraft;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.actor.CooperationService;
import de.kooperationsatlas.base.ui.DialogButtons;
import de.kooperationsatlas.base.ui.Saves;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Adds or changes one cooperation of an actor: partner, kind, since, until (ended), intensity, note. */
class CooperationDialog extends Dialog {

    private final ComboBox<ActorRow> partner;
    private final Select<CooperationKind> kind = new Select<>();
    private final TextField since = new TextField();
    private final TextField until = new TextField();
    private final IntegerField intensity = new IntegerField();
    private final TextArea note = new TextArea();

    CooperationDialog(
            ActorDetails actor,
            ActorDetails.@Nullable Cooperation existing,
            ActorService actors,
            CooperationService cooperations,
            Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "cooperation.add" : "cooperation.edit"));
        partner = ActorPicker.of(actors, Set.of(actor.id()), "cooperation-partner");
        partner.setLabel(getTranslation("cooperation.partner"));
        partner.setRequired(true);
        kind.setLabel(getTranslation("cooperation.kind"));
        kind.setItems(CooperationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "–" : getTranslation(k.messageKey()));
        kind.setEmptySelectionAllowed(true);
        since.setLabel(getTranslation("cooperation.since"));
        since.setHelperText(getTranslation("cooperation.sinceHelp"));
        until.setLabel(getTranslation("cooperation.until"));
        until.setHelperText(getTranslation("cooperation.untilHelp"));
        until.setId("cooperation-until");
        intensity.setLabel(getTranslation("cooperation.intensity"));
        intensity.setHelperText(getTranslation("cooperation.intensityHelp"));
        intensity.setMin(1);
        intensity.setMax(3);
        intensity.setStepButtonsVisible(true);
        note.setLabel(getTranslation("cooperation.note"));
        if (existing != null) {
            partner.setItems(new ActorRow(existing.actor(), existing.name(), "", "", "", java.util.List.of()));
            partner.setValue(partner.getListDataView().getItem(0));
            partner.setReadOnly(true);
            if (existing.kind() != null) {
                CooperationKind.ofCode(existing.kind()).ifPresent(kind::setValue);
            }
            since.setValue(existing.since() == null ? "" : existing.since());
            until.setValue(existing.until() == null ? "" : existing.until());
            intensity.setValue(
                    existing.intensity() == null ? null : existing.intensity().intValue());
            note.setValue(existing.note() == null ? "" : existing.note());
        }
        var form = new FormLayout(partner, kind, since, until, intensity, note);
        form.setColspan(note, 2);
        add(form);
        DialogButtons.cancelSave(this, "cooperation-save", () -> {
            var fields = Map.of("other", partner, "since", since, "until", until, "intensity", intensity, "note", note);
            if (ActorPicker.chosen(this, partner)
                    && Saves.run(
                            this,
                            fields,
                            null,
                            () -> cooperations.save(
                                    actor.id(),
                                    partner.getValue().id(),
                                    new CooperationDraft(
                                            kind.getValue() == null
                                                    ? null
                                                    : kind.getValue().name(),
                                            since.getValue(),
                                            until.getValue(),
                                            intensity.getValue(),
                                            note.getValue())))) {
                close();
                saved.run();
            }
        });
    }
}
