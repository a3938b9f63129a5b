package de.kooperationsatlas.graph.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePickerVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.chain.ChainRow;
import de.kooperationsatlas.graph.NetworkGraph;
import de.kooperationsatlas.network.NetworkRow;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The network picture's toolbar: the scope (region, network or chain), the filters (life phase,
 * topic, actor type, cooperation kind), the "Stand am" date, the search, and the buttons the view adds, in one wrapping row
 * of small fields so the picture stays in view.
 */
class GraphFilters extends HorizontalLayout {

    final ComboBox<RegionRef> region = new ComboBox<>();
    final ComboBox<NetworkRow> network = new ComboBox<>();
    final ComboBox<ChainRow> chain = new ComboBox<>();
    final Select<LifePhase> phase = new Select<>();
    final ComboBox<String> topic = new ComboBox<>();
    final Select<ActorType> type = new Select<>();
    final Select<CooperationKind> kind = new Select<>();
    final DatePicker asOf = DatePickers.asOf(getLocale());
    final DatePicker compare = new DatePicker();
    /** The year slider: a year Y shows Y's 31 December compared with the one before. */
    final Input year = new Input();

    final Button previousYear = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button nextYear = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Span yearLabel = new Span();
    final ComboBox<NetworkGraph.Node> search = new ComboBox<>();
    final Select<PictureMode.Colouring> colour = new Select<>();
    final Select<PictureMode.Sizing> size = new Select<>();
    final Checkbox weak = new Checkbox();
    /** The ego network's depth slider (1–3), shown while the picture is an actor's ego network. */
    final Input depth = new Input();

    final Span depthLabel = new Span();
    final Div ego = new Div();

    GraphFilters(
            RegionService regions,
            List<NetworkRow> networks,
            List<ChainRow> chains,
            List<String> topics,
            Component... buttons) {
        configureScope(regions, networks, chains);
        configureFilters(topics);
        for (var box : List.of(region, network, chain, topic, search)) {
            box.addThemeVariants(ComboBoxVariant.LUMO_SMALL);
        }
        for (var select : List.of(phase, type, kind, colour, size)) {
            select.addThemeVariants(SelectVariant.LUMO_SMALL);
        }
        asOf.addThemeVariants(DatePickerVariant.LUMO_SMALL);
        region.setWidth("15rem");
        network.setWidth("13rem");
        chain.setWidth("13rem");
        phase.setWidth("12rem");
        topic.setWidth("11rem");
        type.setWidth("12rem");
        kind.setWidth("10rem");
        search.setWidth("14rem");
        configureTime();
        configureMode();
        add(
                region, network, chain, ego(), phase, topic, type, kind, asOf, compare, years(), search, colour, size,
                weak);
        add(buttons);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        setWidthFull();
        setSpacing(false);
        getStyle().set("gap", "0 var(--lumo-space-s)");
        addClassName("atlas-no-print");
    }

    private void configureScope(RegionService regions, List<NetworkRow> networks, List<ChainRow> chains) {
        region.setLabel(getTranslation("graph.region"));
        region.setPlaceholder(getTranslation("analysis.gaps.regionPlaceholder"));
        region.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), 100).stream().limit(q.getLimit()));
        region.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ")");
        region.setId("graph-region");
        network.setLabel(getTranslation("graph.network"));
        network.setItems(networks);
        network.setItemLabelGenerator(NetworkRow::name);
        network.setId("graph-network");
        chain.setLabel(getTranslation("graph.chain"));
        chain.setItems(chains);
        chain.setItemLabelGenerator(c ->
                c.region() == null ? c.name() : c.name() + " (" + c.region().name() + ")");
        chain.setId("graph-chain");
        for (var box : List.of(region, network, chain)) {
            box.setClearButtonVisible(true);
        }
    }

    private void configureFilters(List<String> topics) {
        anyOf(phase, "analysis.filter.phase", LifePhase.values(), LifePhase::messageKey);
        phase.setId("graph-phase");
        topic.setLabel(getTranslation("analysis.filter.topic"));
        topic.setItems(topics);
        topic.setClearButtonVisible(true);
        topic.setId("graph-topic");
        anyOf(type, "actor.type", ActorType.values(), ActorType::messageKey);
        type.setId("graph-type");
        anyOf(kind, "graph.kind", CooperationKind.values(), CooperationKind::messageKey);
        kind.setId("graph-kind");
        search.setLabel(getTranslation("graph.search"));
        search.setPlaceholder(getTranslation("graph.searchPlaceholder"));
        search.setItemLabelGenerator(NetworkGraph.Node::name);
        search.setClearButtonVisible(true);
        search.setId("graph-search");
    }

    private void configureTime() {
        compare.setLabel(getTranslation("graph.compare"));
        compare.setHelperText(getTranslation("graph.compare.help"));
        compare.setClearButtonVisible(true);
        compare.setId("graph-compare");
        compare.setWidth("11rem");
        compare.setMin(LocalDate.of(1900, 1, 1));
        compare.setMax(LocalDate.of(2100, 12, 31));
        compare.addThemeVariants(DatePickerVariant.LUMO_SMALL);
        DatePickers.localise(compare, getLocale());
        year.setType("range");
        year.setId("graph-year");
        year.getElement().setAttribute("step", "1");
        year.getElement().setAttribute("aria-label", getTranslation("graph.year"));
        year.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        year.setWidth("9rem");
        previousYear.setId("graph-year-previous");
        previousYear.setTooltipText(getTranslation("graph.year.previous"));
        previousYear.setAriaLabel(getTranslation("graph.year.previous"));
        nextYear.setId("graph-year-next");
        nextYear.setTooltipText(getTranslation("graph.year.next"));
        nextYear.setAriaLabel(getTranslation("graph.year.next"));
        for (var button : List.of(previousYear, nextYear)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        }
        yearLabel.setId("graph-year-label");
        yearLabel.getStyle().set("font-variant-numeric", "tabular-nums").set("min-width", "3em");
    }

    private void configureMode() {
        oneOf(colour, "graph.colour", PictureMode.Colouring.values(), PictureMode.Colouring::messageKey);
        colour.setValue(PictureMode.Colouring.TYPE);
        colour.setId("graph-colour");
        colour.setWidth("8rem");
        oneOf(size, "graph.size", PictureMode.Sizing.values(), PictureMode.Sizing::messageKey);
        size.setValue(PictureMode.Sizing.BETWEENNESS);
        size.setId("graph-size");
        size.setWidth("14rem");
        weak.setLabel(getTranslation("graph.weak"));
        weak.setTooltipText(getTranslation("graph.weak.help"));
        weak.setId("graph-weak");
        depth.setType("range");
        depth.setId("graph-depth");
        depth.getElement().setAttribute("min", "1");
        depth.getElement().setAttribute("max", "3");
        depth.getElement().setAttribute("step", "1");
        depth.getElement().setAttribute("aria-label", getTranslation("graph.ego.depth"));
        depth.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        depth.setValue("2");
        depth.setWidth("5rem");
        depthLabel.setId("graph-depth-label");
    }

    /** The chosen mode of the picture. */
    PictureMode mode() {
        return new PictureMode(
                colour.getValue() == null ? PictureMode.Colouring.TYPE : colour.getValue(),
                size.getValue() == null ? PictureMode.Sizing.BETWEENNESS : size.getValue(),
                Boolean.TRUE.equals(weak.getValue()));
    }

    /** The ego network's depth slider under its caption (hidden until an ego network is shown). */
    private Component ego() {
        var caption = new Span(getTranslation("graph.ego.depth"));
        caption.addClassName("atlas-graph-years-caption");
        var row = new HorizontalLayout(depth, depthLabel);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        ego.add(caption, row);
        ego.setId("graph-ego");
        ego.addClassName("atlas-graph-years");
        ego.setVisible(false);
        return ego;
    }

    /** The slider with its label and the step buttons, under one caption. */
    private Component years() {
        var caption = new Span(getTranslation("graph.year"));
        caption.addClassName("atlas-graph-years-caption");
        var row = new HorizontalLayout(previousYear, year, nextYear, yearLabel);
        row.setSpacing(false);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        var box = new Div(caption, row);
        box.setId("graph-years");
        box.addClassName("atlas-graph-years");
        return box;
    }

    /** Sets the slider's range and value (years). */
    void showYears(int min, int max, int value) {
        year.getElement().setAttribute("min", String.valueOf(min));
        year.getElement().setAttribute("max", String.valueOf(max));
        year.setValue(String.valueOf(value));
        yearLabel.setText(String.valueOf(value));
        previousYear.setEnabled(value > min);
        nextYear.setEnabled(value < max);
    }

    /** A select of exactly one of the values. */
    private <T> void oneOf(Select<T> select, String labelKey, T[] values, Function<T, String> messageKey) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(messageKey.apply(v)));
    }

    /** A select of the values, or none ("any"). */
    private <T> void anyOf(Select<T> select, String labelKey, T[] values, Function<T, String> messageKey) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(Arrays.asList(values));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("analysis.filter.any"));
        select.setItemLabelGenerator(
                v -> v == null ? getTranslation("analysis.filter.any") : getTranslation(messageKey.apply(v)));
    }
}
