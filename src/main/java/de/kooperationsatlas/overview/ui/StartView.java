package de.kooperationsatlas.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.overview.Overview;
import de.kooperationsatlas.overview.OverviewService;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import org.jspecify.annotations.Nullable;

/** The start page: how much the atlas holds, and where. */
@Route("")
@Menu(order = 10, title = "nav.start", icon = "vaadin:home")
@PermitAll
class StartView extends VerticalLayout implements HasDynamicTitle {

    private final NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());

    StartView(OverviewService overviewService) {
        var overview = overviewService.overview();
        add(new H2(getTranslation("start.title")), new Paragraph(getTranslation("start.intro")));
        add(figures(overview), states(overview));
    }

    private Component figures(Overview o) {
        var cards = new FlexLayout(
                card("start.actors", o.actors(), "actors"),
                card("start.cooperations", o.cooperations(), "actors"),
                card("start.networks", o.networks(), null),
                card("start.chains", o.chains(), null),
                card("start.events", o.events(), null),
                card("start.districtsWithActors", o.districtsWithActors(), "regions"),
                card("start.municipalitiesWithActors", o.municipalitiesWithActors(), "regions"));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setId("figures");
        return cards;
    }

    private Component card(String key, long value, @Nullable String route) {
        var figure = new Div(numbers.format(value));
        figure.addClassName("atlas-figure");
        figure.getElement().setAttribute("data-figure", key.substring("start.".length()));
        var label = new Div(getTranslation(key));
        label.addClassName("atlas-muted");
        var card = new Div(figure, label);
        card.addClassName("atlas-card");
        if (route != null) {
            card.getStyle().set("cursor", "pointer");
            card.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(route)));
        }
        return card;
    }

    private Component states(Overview o) {
        var grid = new Grid<Overview.StateCount>();
        grid.addColumn(Overview.StateCount::ags)
                .setHeader(getTranslation("region.ags"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> Links.region(s.ags(), s.name()))
                .setHeader(getTranslation("region.state"))
                .setFlexGrow(1);
        grid.addColumn(s -> numbers.format(s.actors()))
                .setHeader(getTranslation("start.actors"))
                .setAutoWidth(true)
                .setComparator(Overview.StateCount::actors);
        grid.setItems(o.states());
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("40rem");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.title") + " · " + getTranslation("app.name");
    }
}
