package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** German first, English second: every UI starts in German unless the session switched to English. */
@Component
public class Languages implements VaadinServiceInitListener {

    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);
    private static final String ATTRIBUTE = "atlas.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(current()));
    }

    /** The session's language, German by default. */
    public static Locale current() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Locale locale) {
            return locale;
        }
        return Locale.GERMAN;
    }

    /** Switches the session's language and reloads the page so every label follows. */
    public static void switchTo(Locale locale) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, locale);
            session.setLocale(locale);
        }
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
