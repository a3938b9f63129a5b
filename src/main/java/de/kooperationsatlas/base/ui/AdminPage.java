package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import de.kooperationsatlas.base.Keyed;
import de.kooperationsatlas.base.KeyedDetails;
import de.kooperationsatlas.base.SeatedLink;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An admin page as master and detail: every entry in a grid, the chosen one ({@code <route>/<id>}) below
 * it with edit and delete, its facts, who changed it, and the actors linked to it. Networks, chains and
 * events are such pages; a new one is a subclass that names its grid columns, its facts, its links and
 * its dialog. {@code kind} ({@code network}) names the messages ({@code network.new}, {@code
 * network.none}, {@code network.choose}, {@code network.deleteTitle}, {@code network.deleteText}) and
 * the element ids ({@code network-grid}, {@code network-details}, {@code new-network}, {@code
 * network-title}) the browser tests use.
 */
public abstract class AdminPage<R extends Keyed, D extends KeyedDetails> extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    protected final Grid<R> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private final String route;
    private final String kind;
    private final String titleKey;
    private final Supplier<List<R>> list;
    private final Function<String, Optional<D>> find;
    private final Consumer<String> delete;
    private @Nullable D current;

    /**
     * @param route the page's route without the id ({@code admin/networks})
     * @param titleKey the message key of the page's title, the same as its menu entry's
     */
    protected AdminPage(
            String route,
            String kind,
            String titleKey,
            Supplier<List<R>> list,
            Function<String, Optional<D>> find,
            Consumer<String> delete) {
        this.route = route;
        this.kind = kind;
        this.titleKey = titleKey;
        this.list = list;
        this.find = find;
        this.delete = delete;
        setMaxWidth("90rem");
        configureGrid();
        details.setPadding(false);
        details.setId(kind + "-details");
        add(toolbar(), grid, details);
    }

    /** The create or change dialog; {@code saved} receives the entry as stored. */
    protected abstract Dialog dialog(@Nullable D existing, Consumer<D> saved);

    /** The facts under the title (id, region, status, …). */
    protected abstract List<Component> summary(D entry);

    /** The linked actors under the change note, with their heading. */
    protected abstract List<Component> links(D entry);

    /** What the deletion question counts: the members, contributors or participants that go with it. */
    protected abstract int dependents(D entry);

    private Component toolbar() {
        var create = new Button(
                getTranslation(kind + ".new"),
                VaadinIcon.PLUS.create(),
                e -> dialog(null, saved -> open(saved.id())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-" + kind);
        var header = new HorizontalLayout(new H2(getTranslation(titleKey)), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        return header;
    }

    /** The grid's name column, sortable. */
    protected void addNameColumn(int flexGrow) {
        grid.addColumn(R::name)
                .setHeader(getTranslation("admin.name"))
                .setFlexGrow(flexGrow)
                .setSortable(true);
    }

    /** The grid's id column, as narrow as the ids. */
    protected void addIdColumn() {
        grid.addColumn(R::id)
                .setHeader(getTranslation("admin.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** A column that counts the actors linked to each entry (members, contributors, participants). */
    protected void addCountColumn(ValueProvider<R, Long> count, String headerKey) {
        grid.addColumn(count)
                .setHeader(getTranslation(headerKey))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
    }

    private void configureGrid() {
        grid.setId(kind + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("18rem");
        grid.setEmptyStateText(getTranslation(kind + ".none"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient()) {
                open(e.getValue() == null ? null : e.getValue().id());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id");
        grid.setItems(list.get());
        if (id.isEmpty()) {
            showNothing();
            return;
        }
        var found = find.apply(id.get());
        if (found.isEmpty()) {
            Notifications.error(getTranslation("error.notFound", id.get()));
            showNothing();
            return;
        }
        show(found.get());
    }

    private void open(@Nullable String id) {
        getUI().ifPresent(ui -> ui.navigate(id == null ? route : route + "/" + Links.encode(id)));
    }

    /** Reads the shown entry again after a change, or clears the panel when it is gone. */
    protected void reload() {
        var id = current == null ? null : current.id();
        current = id == null ? null : find.apply(id).orElse(null);
        grid.setItems(list.get());
        if (current == null) {
            showNothing();
        } else {
            show(current);
        }
    }

    private void showNothing() {
        current = null;
        grid.deselectAll();
        details.removeAll();
        var hint = new Paragraph(getTranslation(kind + ".choose"));
        hint.addClassName("atlas-muted");
        details.add(hint);
    }

    private void show(D entry) {
        current = entry;
        details.removeAll();
        grid.getListDataView()
                .getItems()
                .filter(r -> r.id().equals(entry.id()))
                .findFirst()
                .ifPresent(grid::select);
        var title = new H3(entry.name());
        title.setId(kind + "-title");
        details.add(DetailHeader.of(
                this, title, kind, () -> dialog(entry, saved -> reload()).open(), () -> confirmDelete(entry)));
        summary(entry).forEach(details::add);
        details.add(Facts.audit(this, entry.createdAt(), entry.createdBy(), entry.updatedAt(), entry.updatedBy()));
        links(entry).forEach(details::add);
    }

    private void confirmDelete(D entry) {
        Confirm.deletion(
                this,
                getTranslation(kind + ".deleteTitle", entry.name()),
                getTranslation(kind + ".deleteText", dependents(entry)),
                () -> {
                    delete.accept(entry.id());
                    Notifications.success(getTranslation("admin.deleted", entry.name()));
                    current = null;
                    open(null);
                },
                this::reload);
    }

    /** The heading of the linked actors with their number, and the button that adds one. */
    protected Component linksHeader(String titleKey, int count, String addKey, String addId, Runnable add) {
        var button = new Button(getTranslation(addKey), VaadinIcon.PLUS.create(), e -> add.run());
        button.setId(addId);
        var header = new HorizontalLayout(linksTitle(titleKey, count), button);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        return header;
    }

    /** The heading of the linked actors with their number. */
    protected H4 linksTitle(String titleKey, int count) {
        return new H4(getTranslation(titleKey) + " (" + count + ")");
    }

    /**
     * The linked actors, {@code plural} ({@code members}) naming the grid's id ({@code network-members}) and
     * its empty text ({@code network.noMembers}): actor (a link to its page) and seat, then the page's own columns, then edit (when
     * {@code edit} is given) and remove for those the user may change. {@code removeKey}'s messages
     * ({@code network.removeMemberTitle}, {@code network.removeMemberText}) ask before {@code remove} runs
     * with the entry's and the actor's id.
     */
    protected <L extends SeatedLink> Grid<L> linkGrid(
            String plural,
            D entry,
            List<L> items,
            Consumer<Grid<L>> ownColumns,
            Predicate<String> mayEditSeat,
            @Nullable Consumer<L> edit,
            String removeKey,
            BiConsumer<String, String> remove) {
        var links = new Grid<L>();
        links.setId(kind + "-" + plural);
        links.addComponentColumn(l -> Links.actor(l.actorId(), l.actorName()))
                .setHeader(getTranslation("admin.actor"))
                .setFlexGrow(3);
        links.addColumn(l -> l.seatName() + " (" + l.seatAgs() + ")")
                .setHeader(getTranslation("actor.seat"))
                .setFlexGrow(2);
        ownColumns.accept(links);
        links.addComponentColumn(l -> {
                    if (!mayEditSeat.test(l.seatAgs())) {
                        return new HorizontalLayout();
                    }
                    Runnable ask = () -> Confirm.destructive(
                            this,
                            getTranslation(removeKey + "Title"),
                            getTranslation(removeKey + "Text", l.actorName(), entry.name()),
                            getTranslation("action.remove"),
                            () -> remove.accept(entry.id(), l.actorId()),
                            this::reload);
                    return edit == null
                            ? RowActions.remove(this, ask)
                            : RowActions.editRemove(this, () -> edit.accept(l), ask);
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        links.setItems(items);
        links.setAllRowsVisible(true);
        links.addThemeVariants(GridVariant.LUMO_COMPACT);
        links.setEmptyStateText(
                getTranslation(kind + ".no" + Character.toUpperCase(plural.charAt(0)) + plural.substring(1)));
        return links;
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation(titleKey) : current.name()) + " · " + getTranslation("app.name");
    }
}
