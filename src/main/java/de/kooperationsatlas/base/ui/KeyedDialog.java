package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import de.kooperationsatlas.base.Keyed;
import de.kooperationsatlas.base.KeyedDetails;
import de.kooperationsatlas.base.KeyedService;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The create-or-change dialog of an admin page: id (fixed once saved) and name, the page's own fields
 * after them, cancel and save. {@code kind} ({@code network}) names the messages ({@code network.new},
 * {@code network.editTitle}) and the field ids ({@code network-id}, {@code network-save}) for the
 * browser tests. A subclass adds its fields and its form and builds the draft in {@link #draft}; the
 * service creates or changes the entry.
 */
public abstract class KeyedDialog<D extends KeyedDetails, T extends Keyed> extends Dialog {

    protected final TextField id = new TextField();
    protected final TextField name = new TextField();
    private final @Nullable D existing;
    private final KeyedService<D, T> service;
    private final Consumer<D> saved;

    protected KeyedDialog(
            String kind, @Nullable D existing, KeyedService<D, T> service, String width, Consumer<D> saved) {
        this.existing = existing;
        this.service = service;
        this.saved = saved;
        setHeaderTitle(
                existing == null
                        ? getTranslation(kind + ".new")
                        : getTranslation(kind + ".editTitle", existing.name()));
        setWidth(width);
        id.setLabel(getTranslation("admin.id"));
        id.setHelperText(getTranslation("admin.idHelp"));
        id.setRequiredIndicatorVisible(true);
        id.setId(kind + "-id");
        name.setLabel(getTranslation("admin.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId(kind + "-name");
        if (existing != null) {
            id.setValue(existing.id());
            id.setReadOnly(true);
            name.setValue(existing.name());
        }
        DialogButtons.cancelSave(this, kind + "-save", this::save);
    }

    /** The draft from the id and name fields' values and the page's own fields. */
    protected abstract T draft(String id, String name);

    /** The page's own fields by the names the service gives their problems (id and name are known). */
    protected abstract Map<String, HasValidation> ownFields();

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>(ownFields());
        fields.put("id", id);
        fields.put("name", name);
        var draft = draft(id.getValue(), name.getValue());
        Saves.call(
                        this,
                        fields,
                        null,
                        () -> existing == null ? service.create(draft) : service.update(existing.id(), draft))
                .ifPresent(result -> {
                    close();
                    saved.accept(result);
                });
    }
}
