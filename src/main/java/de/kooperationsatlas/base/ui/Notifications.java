package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen. */
public final class Notifications {

    private Notifications() {}

    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS, 3000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.ERROR, 6000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        var notification = new Notification(text, millis, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
        if (UI.getCurrent() != null) {
            notification.open();
        }
    }
}
