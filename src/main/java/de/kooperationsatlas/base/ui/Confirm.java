package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.kooperationsatlas.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Confirmation of deletions and removals, kept in one place so that every view asks the same way
 * (a cancelable dialog with a red confirm button) and tells a refusal the same way: a forbidden
 * change or a thing that is already gone becomes an error notification, not an error page.
 */
public final class Confirm {

    private Confirm() {}

    /**
     * Asks before deleting; on confirmation runs {@code action}. When the thing is already gone,
     * {@code whenGone} runs after the notification (e.g. to reload); on success {@code action} itself
     * says so and moves on.
     */
    public static void deletion(
            Component owner, String title, String text, Runnable action, @Nullable Runnable whenGone) {
        open(owner, title, text, owner.getTranslation("action.delete"), () -> attempt(owner, action, whenGone));
    }

    /**
     * Asks before a destructive step; on confirmation runs {@code action}, then {@code afterwards}
     * whatever came of it (e.g. to reload the list it changed).
     */
    public static void destructive(
            Component owner,
            String title,
            String text,
            String confirmLabel,
            Runnable action,
            @Nullable Runnable afterwards) {
        open(owner, title, text, confirmLabel, () -> {
            attempt(owner, action, null);
            if (afterwards != null) {
                afterwards.run();
            }
        });
    }

    private static void open(Component owner, String title, String text, String confirmLabel, Runnable onConfirm) {
        var dialog = new ConfirmDialog(title, text, confirmLabel, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static void attempt(Component owner, Runnable action, @Nullable Runnable whenGone) {
        try {
            action.run();
        } catch (AccessDeniedException ex) {
            Notifications.error(owner.getTranslation("error.forbidden"));
        } catch (NotFoundException ex) {
            Notifications.error(owner.getTranslation("error.notFound", ex.key()));
            if (whenGone != null) {
                whenGone.run();
            }
        }
    }
}
