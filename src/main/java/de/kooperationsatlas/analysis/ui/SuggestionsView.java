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
import de.kooperationsatlas.actor.ActorRow;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.Suggestions;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.UrlParameter;
import de.kooperationsatlas.base.ui.UrlState;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Collaborator suggestions for an actor (Kooperationsvorschläge): who else shares phases, topics,
 * partners, events or the district, best first, filtered by phase, topic and radius, each with its
 * reasons. The URL carries the choice: {@code analysis/suggestions?actor=…&phase=&topic=&radiusKm=}.
 */
@Menu(order = 61, title = "nav.suggestions", icon = "vaadin:handshake")
@Route("analysis/suggestions")
@PermitAll
class SuggestionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int LIMIT = 50;

    private final AnalysisService analyses;
    private final ActorService actors;
    private final ComboBox<ActorRow> actor = new ComboBox<>();
    private final Select<LifePhase> phase;
    private final ComboBox<String> topic;
    private final NumberField radius = new NumberField();
    private final Grid<Suggestions.Suggestion> grid = new Grid<>();
    private final Div download = new Div();
    private final Span hint = new Span();
    private final List<String> topics;
    private final DatePicker asOf = DatePickers.asOf(getLocale());
    private final UrlState url = new UrlState(this, "analysis/suggestions");

    SuggestionsView(AnalysisService analyses, ActorService actors) {
        this.analyses = analyses;
        this.actors = actors;
        this.phase = AnalysisUi.phasePicker(this);
        this.topics = actors.topicLabels();
        this.topic = AnalysisUi.topicPicker(this, topics);
        setMaxWidth("90rem");
        configureGrid();
        configureFilters();
        add(new H2(getTranslation("analysis.suggestions.title")), toolbar(), content());
        url.bind(
                        "actor",
                        actor,
                        UrlParameter.of(
                                ActorRow::id,
                                id -> actors.find(id)
                                        .map(a -> new ActorRow(
                                                a.id(),
                                                a.name(),
                                                a.type(),
                                                a.seatAgs(),
                                                a.seatName(),
                                                a.lifePhases()))))
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
        grid.setId("suggestions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(s -> Links.actor(s.id(), s.name()))
                .setHeader(getTranslation("analysis.column.actor"))
                .setFlexGrow(2);
        grid.addColumn(Suggestions.Suggestion::score)
                .setHeader(getTranslation("analysis.column.score"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> AnalysisUi.distance(s.distanceKm()))
                .setHeader(getTranslation("analysis.column.distance"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::reasons)
                .setHeader(getTranslation("analysis.column.reasons"))
                .setFlexGrow(5);
        grid.setHeight("36rem");
    }

    /** Why: shared phases and topics, common partners and events, the same district. */
    private Component reasons(Suggestions.Suggestion s) {
        var lines = new ArrayList<Component>();
        if (!s.sharedTopics().isEmpty()) {
            lines.add(new Div(
                    getTranslation("analysis.column.sharedTopics") + ": " + String.join(", ", s.sharedTopics())));
        }
        if (!s.sharedPhases().isEmpty()) {
            lines.add(new Div(getTranslation("analysis.column.sharedPhases") + ": "
                    + String.join(
                            ", ",
                            s.sharedPhases().stream()
                                    .map(code -> AnalysisUi.phaseName(this, code))
                                    .toList())));
        }
        if (!s.commonPartners().isEmpty()) {
            var partners = new Div(new Span(getTranslation("analysis.suggestions.commonPartners") + ": "));
            boolean first = true;
            for (var id : s.commonPartners()) {
                if (!first) {
                    partners.add(new Span(", "));
                }
                first = false;
                partners.add(Links.actor(id, id));
            }
            lines.add(partners);
        }
        if (!s.commonEvents().isEmpty()) {
            lines.add(new Div(
                    getTranslation("analysis.suggestions.commonEvents") + ": " + String.join(", ", s.commonEvents())));
        }
        if (s.sameDistrict()) {
            lines.add(new Div(getTranslation("analysis.suggestions.sameDistrict")));
        }
        var reasons = new Div(lines.toArray(Component[]::new));
        reasons.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return reasons;
    }

    private void configureFilters() {
        actor.setLabel(getTranslation("analysis.suggestions.actor"));
        actor.setPlaceholder(getTranslation("analysis.suggestions.actorPlaceholder"));
        actor.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : actors.lookup(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream());
        actor.setItemLabelGenerator(a -> a.name() + " (" + a.seatName() + ")");
        actor.setClearButtonVisible(true);
        actor.setWidth("min(28rem, 100%)");
        actor.setId("suggestions-actor");
        phase.setId("suggestions-phase");
        topic.setId("suggestions-topic");
        AnalysisUi.configureRadius(radius, "suggestions-radius");
        AnalysisUi.refreshOnUserChange(this::refresh, actor, phase, topic, radius, asOf);
    }

    private Component toolbar() {
        return AnalysisUi.toolbar(actor, phase, topic, radius, asOf, download);
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
        var selected = actor.getValue();
        if (selected == null) {
            hint.setText(getTranslation("analysis.suggestions.hint"));
            grid.setItems();
            return;
        }
        try {
            var result = analyses.suggestions(
                    selected.id(),
                    phase.getValue() == null ? null : phase.getValue().name(),
                    topic.getValue(),
                    radius.getValue(),
                    LIMIT,
                    asOf.getValue());
            grid.setItems(result.suggestions());
            hint.setText(getTranslation(
                    "analysis.suggestions.count", result.suggestions().size(), selected.name()));
            download.add(AnalysisUi.download(
                    this,
                    "vorschlaege-" + selected.id() + ".csv",
                    AnalysisUi.csv(this).suggestions(result),
                    "csv-suggestions"));
        } catch (RuntimeException e) {
            grid.setItems();
            Notifications.error(getTranslation("analysis.error", String.valueOf(e.getMessage())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.suggestions.title") + " · " + getTranslation("app.name");
    }
}
