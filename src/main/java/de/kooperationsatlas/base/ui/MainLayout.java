package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The frame of every view: title, navigation by role, language switch and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), toolbar());
        addToDrawer(brand(), navigation());
    }

    private Component title() {
        var title = new H1(getTranslation("app.name"));
        title.addClassName("atlas-title");
        return title;
    }

    private Component brand() {
        var brand = new Span(getTranslation("app.tagline"));
        brand.addClassName("atlas-muted");
        brand.getStyle().set("padding", "var(--lumo-space-m)").set("display", "block");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.start"), "", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.regions"), "regions", VaadinIcon.MAP_MARKER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.actors"), "actors", VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.map"), "map", VaadinIcon.GLOBE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.graph"), "graph", VaadinIcon.CLUSTER.create()));
        var analysis = new SideNavItem(getTranslation("nav.analysis"), "analysis", VaadinIcon.CHART_GRID.create());
        analysis.addItem(new SideNavItem(
                getTranslation("nav.suggestions"), "analysis/suggestions", VaadinIcon.HANDSHAKE.create()));
        analysis.addItem(new SideNavItem(
                getTranslation("nav.collaborators"), "analysis/collaborators", VaadinIcon.MAP_MARKER.create()));
        analysis.addItem(
                new SideNavItem(getTranslation("nav.districts"), "analysis/districts", VaadinIcon.TABLE.create()));
        analysis.addItem(new SideNavItem(
                getTranslation("nav.chainPicture"), "analysis/phases", VaadinIcon.CHART_TIMELINE.create()));
        analysis.setExpanded(true);
        nav.addItem(analysis);
        if (authentication.hasAnyRole("ANALYST", "ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.console"), "console", VaadinIcon.TERMINAL.create()));
        }
        if (authentication.hasRole("ADMIN")) {
            var admin = new SideNavItem(getTranslation("nav.admin"));
            admin.setPrefixComponent(VaadinIcon.COG.create());
            admin.addItem(
                    new SideNavItem(getTranslation("nav.networks"), "admin/networks", VaadinIcon.CLUSTER.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.chains"), "admin/chains", VaadinIcon.CONNECT.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.events"), "admin/events", VaadinIcon.CALENDAR.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.import"), "admin/import", VaadinIcon.EXCHANGE.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users", VaadinIcon.KEY.create()));
            admin.addItem(new SideNavItem(
                    getTranslation("nav.referenceData"), "admin/reference-data", VaadinIcon.DATABASE.create()));
            admin.setExpanded(true);
            nav.addItem(admin);
        }
        nav.addItem(new SideNavItem(getTranslation("nav.about"), "about", VaadinIcon.INFO_CIRCLE.create()));
        return nav;
    }

    private Component toolbar() {
        var language = new Select<Locale>();
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(locale -> locale.getLanguage().toUpperCase(Locale.ROOT));
        language.setValue(Languages.current());
        language.setWidth("5.5em");
        language.setId("language");
        language.setAriaLabel(getTranslation("nav.language"));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                Languages.switchTo(event.getValue());
            }
        });
        var user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("atlas-muted");
        var logout =
                new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var bar = new HorizontalLayout(user, language, logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return bar;
    }
}
