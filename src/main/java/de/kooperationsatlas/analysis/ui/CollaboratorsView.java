package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.Collaborators;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.UrlParameter;
import de.kooperationsatlas.base.ui.UrlState;
import de.kooperationsatlas.region.Region;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * Collaborators for a municipality (Partner für eine Gemeinde): the actors active in a life phase or
 * working on a topic that serve the municipality or sit within a radius of it, nearest first. The URL
 * carries the choice: {@code analysis/collaborators?municipality=<8-digit AGS>&phase=&topic=&radiusKm=}.
 */
@Menu(order = 62, title = "nav.collaborators", icon = "vaadin:map-marker")
@Route("analysis/collaborators")
@PermitAll
class CollaboratorsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AnalysisService analyses;
    private final RegionService regions;
    private final ComboBox<RegionRef> municipality;
    private final Select<LifePhase> phase;
    private final ComboBox<String> topic;
    private final List<String> topics;
    private final DatePicker asOf = DatePickers.asOf(getLocale());
    private final UrlState url = new UrlState(this, "analysis/collaborators");
    private final NumberField radius = new NumberField();
    private final Grid<Collaborators.Collaborator> grid = new Grid<>();
    private final Div download = new Div();
    private final Span hint = new Span();

    CollaboratorsView(AnalysisService analyses, RegionService regions, ActorService actors) {
        this.analyses = analyses;
        this.regions = regions;
        this.municipality = AnalysisUi.regionPicker(
                this, regions, "analysis.collaborators.municipality", r -> r.level() == RegionLevel.MUNICIPALITY);
        this.phase = AnalysisUi.phasePicker(this);
        this.topics = actors.topicLabels();
        this.topic = AnalysisUi.topicPicker(this, topics);
        setMaxWidth("80rem");
        configureGrid();
        configureFilters();
        add(new H2(getTranslation("analysis.collaborators.title")), toolbar(), content());
        url.bind(
                        "municipality",
                        municipality,
                        UrlParameter.of(
                                RegionRef::ags,
                                ags -> RegionLevel.ofKey(ags)
                                        .filter(level -> level == RegionLevel.MUNICIPALITY)
                                        .flatMap(level -> regions.find(ags))
                                        .map(Region::ref)))
                .bind("phase", phase, UrlParameter.code(LifePhase::ofCode))
                .bind(
                        "topic",
                        topic,
                        UrlParameter.of(t -> t, t -> Optional.of(t).filter(topics::contains)))
                .bind("radiusKm", radius, UrlParameter.number())
                .bind(DatePickers.AS_OF, asOf, DatePickers.asOfParameter());
        refresh();
    }

    private void configureGrid() {
        grid.setId("collaborators-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(c -> Links.actor(c.id(), c.name()))
                .setHeader(getTranslation("analysis.column.actor"))
                .setFlexGrow(3);
        grid.addColumn(c -> AnalysisUi.distance(c.distanceKm()))
                .setHeader(getTranslation("analysis.column.distance"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.serves() ? "analysis.csv.yes" : "analysis.csv.no"))
                .setHeader(getTranslation("analysis.collaborators.serves"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setHeight("36rem");
    }

    private void configureFilters() {
        municipality.setId("collaborators-municipality");
        phase.setId("collaborators-phase");
        topic.setId("collaborators-topic");
        AnalysisUi.configureRadius(radius, "collaborators-radius");
        AnalysisUi.refreshOnUserChange(this::refresh, municipality, phase, topic, radius, asOf);
    }

    private Component toolbar() {
        return AnalysisUi.toolbar(municipality, phase, topic, radius, asOf, download);
    }

    private Component content() {
        return AnalysisUi.results(hint, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        url.read(event);
        refresh();
    }

    private void refresh() {
        download.removeAll();
        var selected = municipality.getValue();
        if (selected == null || (phase.getValue() == null && topic.getValue() == null)) {
            hint.setText(getTranslation("analysis.collaborators.hint"));
            grid.setItems();
            return;
        }
        try {
            var result = analyses.collaborators(
                    selected.ags(),
                    phase.getValue() == null ? null : phase.getValue().name(),
                    topic.getValue(),
                    radius.getValue(),
                    asOf.getValue());
            grid.setItems(result.actors());
            hint.setText(getTranslation(
                    "analysis.collaborators.count", result.actors().size(), selected.name()));
            download.add(AnalysisUi.download(
                    this,
                    "partner-" + selected.ags() + ".csv",
                    AnalysisUi.csv(this).collaborators(result),
                    "csv-collaborators"));
        } catch (RuntimeException e) {
            grid.setItems();
            Notifications.error(getTranslation("analysis.error", String.valueOf(e.getMessage())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.collaborators.title") + " · " + getTranslation("app.name");
    }
}
