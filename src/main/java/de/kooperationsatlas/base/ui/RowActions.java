package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The small icon buttons at the end of a grid row, so that every grid offers editing and removal alike. */
public final class RowActions {

    private RowActions() {}

    /** Edit and remove (e.g. a member from a network): the entry goes, the actor stays. */
    public static HorizontalLayout editRemove(Component owner, Runnable edit, Runnable remove) {
        return new HorizontalLayout(editButton(owner, edit), removeButton(owner, "action.remove", remove));
    }

    /** Edit and delete: the entry itself goes. */
    public static HorizontalLayout editDelete(Component owner, Runnable edit, Runnable delete) {
        return new HorizontalLayout(editButton(owner, edit), removeButton(owner, "action.delete", delete));
    }

    /** Remove only, for entries without values of their own to edit. */
    public static HorizontalLayout remove(Component owner, Runnable remove) {
        return new HorizontalLayout(removeButton(owner, "action.remove", remove));
    }

    private static Button editButton(Component owner, Runnable edit) {
        var button = new Button(VaadinIcon.EDIT.create(), e -> edit.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(owner.getTranslation("action.edit"));
        return button;
    }

    private static Button removeButton(Component owner, String labelKey, Runnable remove) {
        var button = new Button(VaadinIcon.TRASH.create(), e -> remove.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        button.setAriaLabel(owner.getTranslation(labelKey));
        return button;
    }
}
