package de.kooperationsatlas.chain.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import de.kooperationsatlas.base.ui.KeyedDialog;
import de.kooperationsatlas.chain.ChainDetails;
import de.kooperationsatlas.chain.ChainDraft;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.chain.ChainStatus;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.region.ui.RegionPicker;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Creates a prevention chain or changes one: id (fixed once saved), name, status and its district or municipality. */
class ChainDialog extends KeyedDialog<ChainDetails, ChainDraft> {

    private final Select<ChainStatus> status = new Select<>();
    private final ComboBox<RegionRef> region = new ComboBox<>();

    ChainDialog(
            @Nullable ChainDetails existing, ChainService chains, RegionService regions, Consumer<ChainDetails> saved) {
        super("chain", existing, chains, "min(44rem, 95vw)", saved);
        status.setLabel(getTranslation("chain.status"));
        status.setItems(ChainStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "–" : getTranslation(s.messageKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("–");
        status.setId("chain-status");
        region.setLabel(getTranslation("chain.region"));
        region.setHelperText(getTranslation("chain.regionHelp"));
        RegionPicker.ofLevels(region, regions, RegionLevel.DISTRICT, RegionLevel.MUNICIPALITY);
        region.setRequired(true);
        region.setId("chain-region");
        if (existing != null) {
            if (existing.status() != null) {
                ChainStatus.ofCode(existing.status()).ifPresent(status::setValue);
            }
            if (existing.region() != null) {
                region.setValue(existing.region());
            }
        }
        add(new FormLayout(id, name, status, region));
    }

    @Override
    protected Map<String, HasValidation> ownFields() {
        return Map.of("status", status, "regionAgs", region);
    }

    @Override
    protected ChainDraft draft(String id, String name) {
        return new ChainDraft(
                id,
                name,
                status.getValue() == null ? null : status.getValue().name(),
                region.getValue() == null ? "" : region.getValue().ags());
    }
}
