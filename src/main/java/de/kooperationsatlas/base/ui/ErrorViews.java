package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * The pages a signed-in user sees instead of a dead end, inside the app's frame (menu, language,
 * sign-out) with a way back: "Seite nicht gefunden" for an address without a page, "Keine
 * Berechtigung" for a page the user's role does not open (Vaadin's own views are an English line
 * without the menu). Anonymous users are sent to the sign-in page before either is reached.
 */
public final class ErrorViews {

    private ErrorViews() {}

    /** The common frame: a heading, one explaining sentence naming the address, a link to the start page. */
    abstract static class ErrorView extends VerticalLayout implements HasDynamicTitle {

        private final String key;

        ErrorView(String key, String id) {
            this.key = key;
            setId(id);
            addClassName("atlas-error-view");
        }

        void show(BeforeEnterEvent event) {
            removeAll();
            String path = "/" + event.getLocation().getPath();
            var title = new H2(getTranslation(key + ".title"));
            // Text, never markup: the address is whatever was typed.
            var text = new Paragraph(getTranslation(key + ".text", path));
            var back = new Anchor("./", getTranslation("error.back"));
            back.setId("error-back");
            add(title, text, back);
        }

        @Override
        public String getPageTitle() {
            return getTranslation(key + ".title") + " · " + getTranslation("app.name");
        }
    }

    /** No page at this address. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class NotFoundView extends ErrorView implements HasErrorParameter<NotFoundException> {

        public NotFoundView() {
            super("error.notFound", "error-not-found");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            show(event);
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }

    /** A page the user's role does not open (the console for a viewer, the administration for an editor). */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class AccessDeniedView extends ErrorView implements HasErrorParameter<AccessDeniedException> {

        public AccessDeniedView() {
            super("error.denied", "error-denied");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            show(event);
            return HttpStatusCode.FORBIDDEN.getCode();
        }
    }
}
