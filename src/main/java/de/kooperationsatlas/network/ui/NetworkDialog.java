package de.kooperationsatlas.network.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import de.kooperationsatlas.base.ui.KeyedDialog;
import de.kooperationsatlas.network.NetworkDetails;
import de.kooperationsatlas.network.NetworkDraft;
import de.kooperationsatlas.network.NetworkService;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.region.ui.RegionPicker;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Creates a network or changes one: id (fixed once saved), name, description and the regions it covers. */
class NetworkDialog extends KeyedDialog<NetworkDetails, NetworkDraft> {

    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<RegionRef> covers = new MultiSelectComboBox<>();

    NetworkDialog(
            @Nullable NetworkDetails existing,
            NetworkService networks,
            RegionService regions,
            Consumer<NetworkDetails> saved) {
        super("network", existing, networks, "min(48rem, 95vw)", saved);
        description.setLabel(getTranslation("network.description"));
        description.setMaxLength(64 * 1024);
        covers.setLabel(getTranslation("network.covers"));
        covers.setHelperText(getTranslation("network.coversHelp"));
        RegionPicker.anyLevel(covers, regions);
        covers.setId("network-covers");
        if (existing != null) {
            description.setValue(existing.description() == null ? "" : existing.description());
            covers.setValue(existing.covers());
        }
        var form = new FormLayout(id, name, covers, description);
        form.setColspan(covers, 2);
        form.setColspan(description, 2);
        add(form);
    }

    @Override
    protected Map<String, HasValidation> ownFields() {
        return Map.of("description", description, "covers", covers);
    }

    @Override
    protected NetworkDraft draft(String id, String name) {
        return new NetworkDraft(
                id,
                name,
                description.getValue(),
                covers.getValue().stream().map(RegionRef::ags).sorted().toList());
    }
}
