package de.kooperationsatlas.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.ui.DialogButtons;
import de.kooperationsatlas.base.ui.FieldErrors;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.region.Region;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.region.ui.RegionPicker;
import de.kooperationsatlas.security.AtlasUser;
import de.kooperationsatlas.security.Role;
import de.kooperationsatlas.security.UserService;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Creates a user (name, display name, roles, regions, password twice) or changes one (display name,
 * roles, regions, whether it may sign in). Passwords of existing users are reset in their own dialog.
 */
class UserDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<RegionRef> userRegions = new MultiSelectComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    /** {@code self}: the signed-in admin edits their own account, which must not lock them out. */
    UserDialog(@Nullable AtlasUser existing, boolean self, UserService users, RegionService regions, Runnable saved) {
        setHeaderTitle(
                existing == null ? getTranslation("user.new") : getTranslation("user.editTitle", existing.name()));
        setWidth("min(46rem, 95vw)");
        configureFields(regions);
        var form = new FormLayout();
        if (existing == null) {
            form.add(name, displayName, roles, userRegions, password, repeat);
            roles.setValue(EnumSet.of(Role.VIEWER));
        } else {
            name.setValue(existing.name());
            name.setReadOnly(true);
            displayName.setValue(existing.displayName() == null ? "" : existing.displayName());
            roles.setValue(existing.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(existing.roles()));
            userRegions.setValue(existing.regions().stream()
                    .map(ags -> regionRef(regions, ags))
                    .toList());
            enabled.setValue(existing.enabled());
            if (self) {
                enabled.setReadOnly(true);
                roles.setItemEnabledProvider(r -> r != Role.ADMIN);
                roles.setHelperText(getTranslation("user.selfHelp"));
            }
            form.add(name, displayName, roles, userRegions, enabled);
        }
        form.setColspan(roles, 2);
        form.setColspan(userRegions, 2);
        add(form);
        DialogButtons.cancelSave(this, "user-save", () -> save(existing, users, saved));
    }

    private void configureFields(RegionService regions) {
        name.setLabel(getTranslation("user.name"));
        name.setHelperText(getTranslation("user.nameHelp"));
        name.setRequiredIndicatorVisible(true);
        name.setId("user-name");
        displayName.setLabel(getTranslation("user.displayName"));
        displayName.setId("user-display-name");
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(
                r -> getTranslation("role." + r.name()) + " – " + getTranslation("role." + r.name() + ".help"));
        roles.setRequiredIndicatorVisible(true);
        roles.setId("user-roles");
        userRegions.setLabel(getTranslation("user.regions"));
        userRegions.setHelperText(getTranslation("user.regionsHelp"));
        RegionPicker.anyLevel(userRegions, regions);
        userRegions.setId("user-regions");
        enabled.setLabel(getTranslation("user.enabled"));
        enabled.setId("user-enabled");
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("user.passwordRules"));
        password.setRequiredIndicatorVisible(true);
        password.setId("user-password");
        repeat.setLabel(getTranslation("user.passwordRepeat"));
        repeat.setRequiredIndicatorVisible(true);
        repeat.setId("user-password-repeat");
    }

    private static RegionRef regionRef(RegionService regions, String ags) {
        return regions.find(ags)
                .map(Region::ref)
                .orElseGet(() -> new RegionRef(ags, ags, RegionLevel.ofKey(ags).orElse(RegionLevel.STATE)));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("displayName", displayName);
        fields.put("roles", roles);
        fields.put("regions", userRegions);
        fields.put("password", password);
        fields.put("repeat", repeat);
        return fields;
    }

    private void save(@Nullable AtlasUser existing, UserService users, Runnable saved) {
        FieldErrors.clear(fields());
        Set<Role> chosenRoles =
                roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        List<String> chosenRegions =
                userRegions.getValue().stream().map(RegionRef::ags).sorted().toList();
        try {
            if (existing == null) {
                if (!password.getValue().equals(repeat.getValue())) {
                    repeat.setErrorMessage(getTranslation("user.error.passwordMismatch"));
                    repeat.setInvalid(true);
                    return;
                }
                users.create(name.getValue(), displayName.getValue(), chosenRoles, chosenRegions, password.getValue());
            } else {
                users.update(existing.name(), displayName.getValue(), chosenRoles, chosenRegions, enabled.getValue());
            }
            Notifications.success(getTranslation("action.saved"));
            close();
            saved.run();
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, fields()).forEach(Notifications::error);
            Notifications.error(getTranslation("form.fix"));
        } catch (AccessDeniedException ex) {
            Notifications.error(getTranslation("error.forbidden"));
        }
    }
}
