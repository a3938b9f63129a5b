package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** Cancel and save at the foot of a form dialog, so that every dialog closes and saves alike. */
public final class DialogButtons {

    private DialogButtons() {}

    /** Adds cancel (closes) and save (primary, with {@code saveId} for the browser tests). */
    public static void cancelSave(Dialog dialog, String saveId, Runnable save) {
        var saveButton = new Button(dialog.getTranslation("action.save"), e -> save.run());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId(saveId);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), saveButton);
    }
}
