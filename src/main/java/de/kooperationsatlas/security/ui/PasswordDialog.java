package de.kooperationsatlas.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.ui.FieldErrors;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.security.AtlasUser;
import de.kooperationsatlas.security.UserService;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/** Sets a new password for a user, entered twice; a mismatch is shown at the second field. */
class PasswordDialog extends Dialog {

    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    PasswordDialog(AtlasUser user, UserService users) {
        setHeaderTitle(getTranslation("user.resetTitle", user.name()));
        setWidth("min(32rem, 95vw)");
        password.setLabel(getTranslation("user.newPassword"));
        password.setHelperText(getTranslation("user.passwordRules"));
        password.setRequiredIndicatorVisible(true);
        password.setId("reset-password");
        repeat.setLabel(getTranslation("user.passwordRepeat"));
        repeat.setRequiredIndicatorVisible(true);
        repeat.setId("reset-password-repeat");
        var form = new FormLayout(password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        var save = new Button(getTranslation("user.resetPassword"), e -> save(user, users));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reset-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(AtlasUser user, UserService users) {
        Map<String, HasValidation> fields = Map.of("password", password, "repeat", repeat);
        FieldErrors.clear(fields);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("user.error.passwordMismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            users.resetPassword(user.name(), password.getValue());
            Notifications.success(getTranslation("user.passwordReset", user.name()));
            close();
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, fields).forEach(Notifications::error);
        } catch (AccessDeniedException ex) {
            Notifications.error(getTranslation("error.forbidden"));
        }
    }
}
