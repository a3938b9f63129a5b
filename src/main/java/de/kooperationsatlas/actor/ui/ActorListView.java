package de.kooperationsatlas.actor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kooperationsatlas.actor.ActorFilter;
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.UrlParameter;
import de.kooperationsatlas.base.ui.UrlState;
import de.kooperationsatlas.region.Region;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Stream;

/**
 * All actors in a lazy grid, filtered by region, type, life phase, topic and free text; the filters
 * live in the URL, so a filtered list can be shared as a link.
 */
@Route("actors")
@Menu(order = 30, title = "nav.actors", icon = "vaadin:users")
@PermitAll
class ActorListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ActorService actors;
    private final RegionService regions;
    private final Grid<ActorRow> grid = new Grid<>();
    private final ComboBox<RegionRef> region = new ComboBox<>();
    private final Select<ActorType> type = new Select<>();
    private final Select<LifePhase> phase = new Select<>();
    private final ComboBox<String> topic = new ComboBox<>();
    private final TextField text = new TextField();
    private final Span total = new Span();
    private final UrlState url = new UrlState(this, "actors");

    ActorListView(ActorService actors, RegionService regions, AuthenticationContext authentication) {
        this.actors = actors;
        this.regions = regions;
        setSizeFull();
        configureFilters();
        configureGrid();
        var create = new Button(
                getTranslation("actor.new"),
                VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("actors/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(authentication.hasAnyRole("EDITOR", "ADMIN"));
        create.setId("new-actor");
        var header = new HorizontalLayout(new H2(getTranslation("nav.actors")), total, create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        add(header, toolbar(), grid);
    }

    private void configureFilters() {
        region.setPlaceholder(getTranslation("filter.region"));
        region.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream());
        region.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ")");
        region.setClearButtonVisible(true);
        region.setId("filter-region");
        type.setPlaceholder(getTranslation("filter.type"));
        type.setItems(ActorType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("filter.all") : getTranslation(t.messageKey()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("filter.allTypes"));
        phase.setPlaceholder(getTranslation("filter.phase"));
        phase.setItems(LifePhase.values());
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("filter.all") : getTranslation(p.messageKey()));
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("filter.allPhases"));
        topic.setPlaceholder(getTranslation("filter.topic"));
        topic.setItems(actors.topicLabels());
        topic.setClearButtonVisible(true);
        text.setPlaceholder(getTranslation("filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("filter-text");
        url.bind(
                        "region",
                        region,
                        UrlParameter.of(RegionRef::ags, ags -> regions.find(ags).map(Region::ref)))
                .bind("type", type, UrlParameter.code(ActorType::ofCode))
                .bind("phase", phase, UrlParameter.code(LifePhase::ofCode))
                .bind("topic", topic, UrlParameter.text())
                .bind("q", text, UrlParameter.text());
        region.addValueChangeListener(e -> changed());
        type.addValueChangeListener(e -> changed());
        phase.addValueChangeListener(e -> changed());
        topic.addValueChangeListener(e -> changed());
        text.addValueChangeListener(e -> changed());
    }

    /** Every change but the URL's own (read once, then refreshed once). */
    private void changed() {
        if (!url.reading()) {
            refresh();
        }
    }

    private void configureGrid() {
        grid.setId("actor-grid");
        grid.addComponentColumn(a -> Links.actor(a.id(), a.name()))
                .setHeader(getTranslation("actor.name"))
                .setFlexGrow(3);
        grid.addColumn(ActorRow::id)
                .setHeader(getTranslation("actor.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> getTranslation("actorType." + a.type()))
                .setHeader(getTranslation("actor.type"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.seatName() + " (" + a.seatAgs() + ")")
                .setHeader(getTranslation("actor.seat"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.lifePhases().stream()
                        .map(code -> String.valueOf(LifePhase.valueOf(code).order()))
                        .reduce((x, y) -> x + " " + y)
                        .orElse("–"))
                .setHeader(getTranslation("actor.phases"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(a -> String.join(
                        ", ",
                        a.lifePhases().stream()
                                .map(c -> getTranslation("phase." + c))
                                .toList()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("actor.none"));
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("actors/" + Links.encode(e.getItem().id()))));
    }

    private Component toolbar() {
        var bar = new HorizontalLayout(text, region, type, phase, topic);
        bar.setWidthFull();
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private ActorFilter filter() {
        return new ActorFilter(
                region.getValue() == null ? null : region.getValue().ags(),
                type.getValue() == null ? null : type.getValue().name(),
                phase.getValue() == null ? null : phase.getValue().name(),
                topic.getValue(),
                text.getValue());
    }

    private void refresh() {
        var filter = filter();
        long count = actors.count(filter);
        total.setText(getTranslation("actor.count", count));
        grid.setItems(q -> actors.search(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) count);
    }

    /** Every filter lives in the URL ({@code actors?region=15085&type=HEALTH_OFFICE&q=Harz}). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        url.read(event);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.actors") + " · " + getTranslation("app.name");
    }
}
