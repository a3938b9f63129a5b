package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The title line of a detail page with edit and delete at its right end, so that every detail page reads alike. */
public final class DetailHeader {

    private DetailHeader() {}

    /** The title alone, full width, for those who may not change the entry. */
    public static HorizontalLayout of(Component title) {
        var header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        return header;
    }

    /**
     * The title with edit and delete buttons; {@code name} makes their ids {@code edit-<name>} and
     * {@code delete-<name>} for the browser tests.
     */
    public static HorizontalLayout of(Component owner, Component title, String name, Runnable edit, Runnable delete) {
        var header = of(title);
        header.add(editDelete(owner, name, edit, delete));
        return header;
    }

    private static HorizontalLayout editDelete(Component owner, String name, Runnable edit, Runnable delete) {
        var editButton = new Button(owner.getTranslation("action.edit"), VaadinIcon.EDIT.create(), e -> edit.run());
        editButton.setId("edit-" + name);
        var deleteButton =
                new Button(owner.getTranslation("action.delete"), VaadinIcon.TRASH.create(), e -> delete.run());
        deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteButton.setId("delete-" + name);
        var buttons = new HorizontalLayout(editButton, deleteButton);
        buttons.getStyle().set("margin-left", "auto");
        return buttons;
    }
}
