package de.kooperationsatlas.region.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorFilter;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.ui.Facts;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.region.Region;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The region browser: Germany → state → district → municipality, search by name or key, and for the
 * chosen region its figures, parents, children and the actors that belong to it.
 */
@Route("regions")
@Menu(order = 20, title = "nav.regions", icon = "vaadin:map-marker")
@PermitAll
public class RegionBrowserView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final RegionService regions;
    private final ActorService actors;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
    private final NumberFormat decimals = NumberFormat.getNumberInstance(getLocale());
    private final ComboBox<RegionRef> search;
    private final Div content = new Div();
    private @Nullable Region current;

    RegionBrowserView(RegionService regions, ActorService actors) {
        this.regions = regions;
        this.actors = actors;
        this.search = searchField();
        decimals.setMaximumFractionDigits(2);
        content.setWidthFull();
        add(search, content);
    }

    private ComboBox<RegionRef> searchField() {
        var box = new ComboBox<RegionRef>();
        box.setPlaceholder(getTranslation("region.search"));
        box.setId("region-search");
        box.setWidth("min(36rem, 100%)");
        box.setItems(query -> query.getOffset() > 0
                ? java.util.stream.Stream.empty()
                : regions.search(query.getFilter().orElse(""), Math.min(query.getLimit(), 50)).stream());
        box.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ", " + getTranslation("level." + r.level()) + ")");
        box.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate("regions/" + e.getValue().ags()));
            }
        });
        return box;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String ags) {
        content.removeAll();
        if (ags == null || ags.isBlank()) {
            current = null;
            content.add(new H2(getTranslation("region.germany")), children(regions.states()));
            return;
        }
        var region = regions.find(ags);
        if (region.isEmpty()) {
            current = null;
            Notifications.error(getTranslation("region.unknown", ags));
            content.add(new H2(getTranslation("region.unknown", ags)), children(regions.states()));
            return;
        }
        current = region.get();
        show(current);
    }

    private void show(Region region) {
        content.add(breadcrumb(region), new H2(region.name()), facts(region));
        var columns = new FlexLayout();
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        columns.setWidthFull();
        var graphLink = Links.to("graph?region=" + region.ags(), getTranslation("graph.showGraph"));
        graphLink.setId("region-graph-link");
        var actorsBox = new VerticalLayout(new H3(getTranslation("region.actors")), graphLink, actorGrid(region));
        actorsBox.setPadding(false);
        actorsBox.getStyle().set("flex", "2 1 32rem");
        columns.add(actorsBox);
        if (!region.children().isEmpty()) {
            var childBox = new VerticalLayout(
                    new H3(getTranslation("region.children." + region.level())), children(region.children()));
            childBox.setPadding(false);
            childBox.getStyle().set("flex", "1 1 20rem");
            columns.add(childBox);
        }
        content.add(columns);
    }

    private Component breadcrumb(Region region) {
        var crumbs = new HorizontalLayout();
        crumbs.setId("breadcrumb");
        crumbs.setSpacing(false);
        crumbs.getStyle().set("gap", "0.4em").set("flex-wrap", "wrap");
        crumbs.add(Links.to("regions", getTranslation("region.germany")));
        for (RegionRef parent : region.parents()) {
            crumbs.add(new Span("›"), Links.region(parent.ags(), parent.name()));
        }
        crumbs.add(new Span("›"), new Span(region.name()));
        return crumbs;
    }

    private Component facts(Region region) {
        var facts = Facts.row(
                fact("region.ags", region.ags()), fact("region.level", getTranslation("level." + region.level())));
        facts.setId("region-facts");
        if (region.kind() != null) {
            facts.add(fact("region.kind", region.kind()));
        }
        facts.add(fact("region.population", numbers.format(region.population())));
        facts.add(fact("region.area", decimals.format(region.areaKm2()) + " km²"));
        if (region.postalCode() != null) {
            facts.add(fact("region.postalCode", region.postalCode()));
        }
        if (region.associationName() != null) {
            facts.add(fact("region.association", region.associationName()));
        }
        if (region.latitude() != null && region.longitude() != null) {
            facts.add(fact(
                    "region.location",
                    String.format(getLocale(), "%.4f° N, %.4f° O", region.latitude(), region.longitude())));
        }
        return facts;
    }

    private Component fact(String key, String value) {
        return Facts.figure(this, key, value, "8rem");
    }

    private Grid<RegionRef> children(List<RegionRef> items) {
        var grid = new Grid<RegionRef>();
        grid.setId("region-children");
        grid.addColumn(RegionRef::ags)
                .setHeader(getTranslation("region.ags"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> Links.region(r.ags(), r.name()))
                .setHeader(getTranslation("region.name"))
                .setFlexGrow(1)
                .setComparator(RegionRef::name);
        grid.setItems(items);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight(Math.min(40, 3 + items.size() * 2.2) + "rem");
        return grid;
    }

    private Grid<ActorRow> actorGrid(Region region) {
        var filter = new ActorFilter(region.ags(), null, null, null, null);
        var grid = new Grid<ActorRow>();
        grid.setId("region-actors");
        grid.addComponentColumn(a -> Links.actor(a.id(), a.name()))
                .setHeader(getTranslation("actor.name"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation("actorType." + a.type()))
                .setHeader(getTranslation("actor.type"))
                .setFlexGrow(1);
        grid.addColumn(ActorRow::seatName)
                .setHeader(getTranslation("actor.seat"))
                .setFlexGrow(1);
        grid.setItems(
                q -> actors.search(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) actors.count(filter));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("28rem");
        grid.setEmptyStateText(getTranslation("region.noActors"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("nav.regions") : current.name()) + " · " + getTranslation("app.name");
    }
}
