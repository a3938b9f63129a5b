package de.kooperationsatlas.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kooperationsatlas.base.StoreProfile;
import de.kooperationsatlas.security.DemoUsers;

/** Sign-in; in the demo profile it lists the documented demo users. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView(StoreProfile store) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setI18n(i18n());
        login.setForgotPasswordButtonVisible(false);
        var title = new H2(getTranslation("app.name"));
        var tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("atlas-muted");
        add(title, tagline, login);
        if (store.demo()) {
            add(demoUsers());
        }
    }

    private Div demoUsers() {
        var box = new Div();
        box.setId("demo-users");
        box.addClassName("atlas-card");
        box.add(new Paragraph(getTranslation("login.demo")));
        for (var user : DemoUsers.ALL) {
            var line = new Div(
                    new Span(user.name() + " / " + user.password()),
                    new Span(" – " + user.role()
                            + (user.regions().isEmpty() ? "" : " (" + String.join(", ", user.regions()) + ")")));
            line.getStyle().set("font-family", "monospace");
            box.add(line);
        }
        return box;
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
