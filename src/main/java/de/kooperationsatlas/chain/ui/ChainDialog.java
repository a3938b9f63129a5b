package de.kooperationsatlas.chain.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ui.FieldErrors;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.chain.ChainDetails;
import de.kooperationsatlas.chain.ChainDraft;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.chain.ChainStatus;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Creates a prevention chain or changes one: id (fixed once saved), name, status and its district or municipality. */
class ChainDialog extends Dialog {

    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final Select<ChainStatus> status = new Select<>();
    private final ComboBox<RegionRef> region = new ComboBox<>();

    ChainDialog(
            @Nullable ChainDetails existing, ChainService chains, RegionService regions, Consumer<ChainDetails> saved) {
        setHeaderTitle(
                existing == null ? getTranslation("chain.new") : getTranslation("chain.editTitle", existing.name()));
        setWidth("min(44rem, 95vw)");
        configureFields(regions);
        if (existing != null) {
            id.setValue(existing.id());
            id.setReadOnly(true);
            name.setValue(existing.name());
            if (existing.status() != null) {
                ChainStatus.ofCode(existing.status()).ifPresent(status::setValue);
            }
            if (existing.region() != null) {
                region.setValue(existing.region());
            }
        }
        var form = new FormLayout(id, name, status, region);
        add(form);
        var save = new Button(getTranslation("action.save"), e -> save(existing, chains, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("chain-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void configureFields(RegionService regions) {
        id.setLabel(getTranslation("admin.id"));
        id.setHelperText(getTranslation("admin.idHelp"));
        id.setRequiredIndicatorVisible(true);
        id.setId("chain-id");
        name.setLabel(getTranslation("admin.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("chain-name");
        status.setLabel(getTranslation("chain.status"));
        status.setItems(ChainStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "–" : getTranslation(s.messageKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("–");
        status.setId("chain-status");
        region.setLabel(getTranslation("chain.region"));
        region.setHelperText(getTranslation("chain.regionHelp"));
        region.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), 200).stream()
                        .filter(r -> r.level() == RegionLevel.DISTRICT || r.level() == RegionLevel.MUNICIPALITY)
                        .limit(q.getLimit()));
        region.setItemLabelGenerator(
                r -> r.name() + " (" + r.ags() + ", " + getTranslation("level." + r.level()) + ")");
        region.setRequired(true);
        region.setId("chain-region");
    }

    private Map<String, HasValidation> fields() {
        return Map.of("id", id, "name", name, "status", status, "regionAgs", region);
    }

    private void save(@Nullable ChainDetails existing, ChainService chains, Consumer<ChainDetails> saved) {
        var draft = new ChainDraft(
                id.getValue(),
                name.getValue(),
                status.getValue() == null ? null : status.getValue().name(),
                region.getValue() == null ? "" : region.getValue().ags());
        try {
            var result = existing == null ? chains.create(draft) : chains.update(existing.id(), draft);
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
