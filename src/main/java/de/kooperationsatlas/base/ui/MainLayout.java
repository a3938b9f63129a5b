package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The frame of every view: title, the navigation built from the views' {@code @Menu} annotations (so a
 * new view needs no edit here), language switch and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** Icons of the groups that have no view of their own; the views name their icons in {@code @Menu}. */
    private static final Map<String, VaadinIcon> GROUP_ICONS = Map.of("admin", VaadinIcon.COG);

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

    /**
     * The side navigation from the views' {@code @Menu} annotations, as Vaadin's {@link MenuConfiguration}
     * lists them: sorted by their order and already filtered by the route access checks (a viewer gets no
     * console, only an administrator the administration). A view whose path lies below another entry's
     * path ({@code analysis/suggestions} below {@code analysis}) becomes its child; one below a path
     * without a view ({@code admin/…}) goes into a group named by the message key {@code nav.<first segment>}.
     * Titles are message keys, translated here.
     */
    private SideNav navigation() {
        var nav = new SideNav();
        Map<String, SideNavItem> parents = new HashMap<>();
        for (var entry : MenuConfiguration.getMenuEntries()) {
            String path = path(entry);
            var item = new SideNavItem(getTranslation(entry.title()), path);
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(icon(entry.icon()));
            }
            int slash = path.indexOf('/');
            if (slash < 0) {
                nav.addItem(item);
                parents.put(path, item);
            } else {
                parents.computeIfAbsent(path.substring(0, slash), segment -> group(nav, segment))
                        .addItem(item);
            }
        }
        parents.values().stream().filter(p -> !p.getItems().isEmpty()).forEach(p -> p.setExpanded(true));
        return nav;
    }

    /** A heading without a view of its own, e.g. "Verwaltung" above the admin pages. */
    private SideNavItem group(SideNav nav, String segment) {
        var group = new SideNavItem(getTranslation("nav." + segment));
        group.setPrefixComponent(
                GROUP_ICONS.getOrDefault(segment, VaadinIcon.FOLDER).create());
        nav.addItem(group);
        return group;
    }

    /** The entry's route without a leading slash and without optional parameters ({@code admin/networks/:id?}). */
    static String path(MenuEntry entry) {
        var segments = entry.path().split("/");
        var kept = new StringJoiner("/");
        for (String segment : segments) {
            if (!segment.isEmpty() && !segment.startsWith(":")) {
                kept.add(segment);
            }
        }
        return kept.toString();
    }

    /** {@code vaadin:cluster} as the Vaadin icon set writes it. */
    private static Icon icon(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? new Icon(name) : new Icon(name.substring(0, colon), name.substring(colon + 1));
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
