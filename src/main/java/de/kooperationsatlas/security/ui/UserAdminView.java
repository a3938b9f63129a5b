package de.kooperationsatlas.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.security.AtlasUser;
import de.kooperationsatlas.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/** Users for administrators: who may sign in, with which roles and, for editors, in which regions. */
@Route("admin/users")
@Menu(order = 84, title = "nav.users", icon = "vaadin:key")
@RolesAllowed("ADMIN")
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final RegionService regions;
    private final String signedIn;
    private final Grid<AtlasUser> grid = new Grid<>();

    UserAdminView(UserService users, RegionService regions, AuthenticationContext authentication) {
        this.users = users;
        this.regions = regions;
        this.signedIn = authentication.getPrincipalName().orElse("");
        setMaxWidth("90rem");
        setHeightFull();
        configureGrid();
        add(toolbar(), grid);
        refresh();
    }

    private Component toolbar() {
        var create = new Button(
                getTranslation("user.new"),
                VaadinIcon.PLUS.create(),
                e -> new UserDialog(null, false, users, regions, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        var header = new HorizontalLayout(new H2(getTranslation("nav.users")), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        return header;
    }

    private void configureGrid() {
        grid.setId("user-grid");
        grid.addColumn(AtlasUser::name)
                .setHeader(getTranslation("user.name"))
                .setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(u -> u.displayName() == null ? "–" : u.displayName())
                .setHeader(getTranslation("user.displayName"))
                .setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream()
                        .sorted()
                        .map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.roles"))
                .setFlexGrow(2);
        grid.addColumn(u -> regionsLabel(u.regions()))
                .setHeader(getTranslation("user.regions"))
                .setFlexGrow(1)
                .setTooltipGenerator(u -> getTranslation("user.regionsHelp"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "user.active" : "user.disabled"))
                .setHeader(getTranslation("user.enabled"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(u -> {
                    var edit = new Button(
                            VaadinIcon.EDIT.create(),
                            e -> new UserDialog(u, u.name().equals(signedIn), users, regions, this::refresh).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.setAriaLabel(getTranslation("action.edit"));
                    edit.setTooltipText(getTranslation("action.edit"));
                    var reset = new Button(VaadinIcon.PASSWORD.create(), e -> new PasswordDialog(u, users).open());
                    reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    reset.setAriaLabel(getTranslation("user.resetPassword"));
                    reset.setTooltipText(getTranslation("user.resetPassword"));
                    return new HorizontalLayout(edit, reset);
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("user.none"));
    }

    private String regionsLabel(List<String> keys) {
        return keys.isEmpty() ? getTranslation("user.everywhere") : String.join(", ", keys);
    }

    private void refresh() {
        try {
            grid.setItems(users.list());
        } catch (AccessDeniedException e) {
            grid.setItems(List.of());
            Notifications.error(getTranslation("error.forbidden"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.name");
    }
}
