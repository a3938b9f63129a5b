package de.kooperationsatlas.network.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.FieldErrors;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.network.NetworkDetails;
import de.kooperationsatlas.network.NetworkDraft;
import de.kooperationsatlas.network.NetworkService;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Creates a network or changes one: id (fixed once saved), name, description and the regions it covers. */
class NetworkDialog extends Dialog {

    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<RegionRef> covers = new MultiSelectComboBox<>();

    NetworkDialog(
            @Nullable NetworkDetails existing,
            NetworkService networks,
            RegionService regions,
            Consumer<NetworkDetails> saved) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("network.new")
                        : getTranslation("network.editTitle", existing.name()));
        setWidth("min(48rem, 95vw)");
        configureFields(regions);
        if (existing != null) {
            id.setValue(existing.id());
            id.setReadOnly(true);
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            covers.setValue(existing.covers());
        }
        var form = new FormLayout(id, name, covers, description);
        form.setColspan(covers, 2);
        form.setColspan(description, 2);
        add(form);
        var save = new Button(getTranslation("action.save"), e -> save(existing, networks, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("network-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void configureFields(RegionService regions) {
        id.setLabel(getTranslation("admin.id"));
        id.setHelperText(getTranslation("admin.idHelp"));
        id.setRequiredIndicatorVisible(true);
        id.setId("network-id");
        name.setLabel(getTranslation("admin.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("network-name");
        description.setLabel(getTranslation("network.description"));
        description.setMaxLength(64 * 1024);
        covers.setLabel(getTranslation("network.covers"));
        covers.setHelperText(getTranslation("network.coversHelp"));
        covers.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream());
        covers.setItemLabelGenerator(
                r -> r.name() + " (" + r.ags() + ", " + getTranslation("level." + r.level()) + ")");
        covers.setId("network-covers");
    }

    private Map<String, HasValidation> fields() {
        return Map.of("id", id, "name", name, "description", description, "covers", covers);
    }

    private void save(@Nullable NetworkDetails existing, NetworkService networks, Consumer<NetworkDetails> saved) {
        var draft = new NetworkDraft(
                id.getValue(),
                name.getValue(),
                description.getValue(),
                covers.getValue().stream().map(RegionRef::ags).sorted().toList());
        try {
            var result = existing == null ? networks.create(draft) : networks.update(existing.id(), draft);
            Notifications.success(getTranslation("action.saved"));
            close();
            saved.accept(result);
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, fields()).forEach(Notifications::error);
            Notifications.error(getTranslation("form.fix"));
        } catch (AccessDeniedException ex) {
            Notifications.error(getTranslation("error.forbidden"));
        } catch (NotFoundException ex) {
            Notifications.error(getTranslation("error.notFound", ex.key()));
        }
    }
}
