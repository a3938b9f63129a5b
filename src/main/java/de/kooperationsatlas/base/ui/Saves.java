package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.NotFoundException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a change from a form and tells the outcome the same way in every form: "saved" on success; a
 * service's field problems at the fields they name; a forbidden change (at the actor field, where the
 * actor's seat is what forbids it) or a thing that is gone as an error notification, not an error page.
 */
public final class Saves {

    private Saves() {}

    /** Runs {@code change}; answers whether it went through. */
    public static boolean run(
            Component owner,
            Map<String, ? extends HasValidation> fields,
            @Nullable HasValidation actorField,
            Runnable change) {
        return call(owner, fields, actorField, () -> {
                    change.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** Runs {@code change}; answers what it answered, or nothing when it was refused. */
    public static <T> Optional<T> call(
            Component owner,
            Map<String, ? extends HasValidation> fields,
            @Nullable HasValidation actorField,
            Supplier<T> change) {
        FieldErrors.clear(fields);
        try {
            var result = change.get();
            Notifications.success(owner.getTranslation("action.saved"));
            return Optional.of(result);
        } catch (InvalidInputException ex) {
            FieldErrors.show(owner, ex, fields).forEach(Notifications::error);
            Notifications.error(owner.getTranslation("form.fix"));
        } catch (AccessDeniedException ex) {
            if (actorField != null) {
                actorField.setErrorMessage(owner.getTranslation("admin.error.actorForbidden"));
                actorField.setInvalid(true);
            }
            Notifications.error(owner.getTranslation("error.forbidden"));
        } catch (NotFoundException ex) {
            Notifications.error(owner.getTranslation("error.notFound", ex.key()));
        }
        return Optional.empty();
    }
}
