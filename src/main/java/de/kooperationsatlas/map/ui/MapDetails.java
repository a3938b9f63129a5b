package de.kooperationsatlas.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.kooperationsatlas.analysis.DistrictComparison.District;
import de.kooperationsatlas.analysis.DistrictFigure;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.map.MunicipalityFigure;
import de.kooperationsatlas.map.MunicipalityMap;
import de.kooperationsatlas.region.RegionRef;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Beside the map: the clicked area's figures, a link to its page, its actor seats, or a hint. */
class MapDetails extends VerticalLayout {

    private final List<RegionRef> states;
    private final Consumer<String> zoomToState;

    /**
     * @param states the states, to name the one a district lies in
     * @param zoomToState what the button "zoom into the state" does, with the state's AGS
     */
    MapDetails(List<RegionRef> states, Consumer<String> zoomToState) {
        this.states = states;
        this.zoomToState = zoomToState;
        setId("map-details");
        setPadding(false);
        setSpacing(false);
        setWidth("20rem");
        addClassName("atlas-noprint");
        getStyle().set("flex-shrink", "0");
    }

    void showHint() {
        removeAll();
        var hint = new Span(getTranslation("map.details.hint"));
        hint.addClassName("atlas-muted");
        add(hint);
    }

    void showDistrict(District d) {
        removeAll();
        Map<String, String> figures = new LinkedHashMap<>();
        for (var f : DistrictFigure.values()) {
            figures.put(getTranslation(f.labelKey()), format(f.of(d), f.decimals(), getLocale()));
        }
        add(new H4(d.name()), facts(d.ags(), figures), Links.region(d.ags(), getTranslation("map.openRegion")));
        var stateAgs = d.ags().substring(0, 2);
        var stateName = states.stream()
                .filter(s -> s.ags().equals(stateAgs))
                .map(RegionRef::name)
                .findFirst()
                .orElse(stateAgs);
        var zoom = new Button(
                getTranslation("map.zoomState", stateName),
                VaadinIcon.SEARCH_PLUS.create(),
                e -> zoomToState.accept(stateAgs));
        zoom.setId("map-zoom-state");
        zoom.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(zoom);
    }

    void showMunicipality(MunicipalityMap found, MunicipalityMap.Municipality m) {
        removeAll();
        Map<String, String> figures = new LinkedHashMap<>();
        for (var f : MunicipalityFigure.values()) {
            figures.put(getTranslation(f.labelKey()), format(f.of(m), f.decimals(), getLocale()));
        }
        add(new H4(m.name()), facts(m.ags(), figures), Links.region(m.ags(), getTranslation("map.openRegion")));
        found.seats().stream().filter(s -> s.ags().equals(m.ags())).findFirst().ifPresent(seat -> {
            var list = new UnorderedList();
            list.setId("map-seat-actors");
            seat.actors().forEach(a -> list.add(new ListItem(Links.actor(a.id(), a.name()))));
            add(new Span(getTranslation("map.seat.count", seat.actors().size())), list);
        });
    }

    /** A figure with the given decimals in the page's language. */
    static String format(double value, int decimals, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private Component facts(String ags, Map<String, String> figures) {
        var box = new Div();
        box.addClassName("atlas-map-facts");
        box.add(line(getTranslation("analysis.csv.ags"), ags));
        figures.forEach((label, value) -> box.add(line(label, value)));
        return box;
    }

    private static Component line(String label, String value) {
        var name = new Span(label);
        name.addClassName("atlas-muted");
        var shown = new Span(value);
        shown.getStyle().set("font-weight", "600");
        var row = new Div(name, shown);
        row.getStyle()
                .set("display", "flex")
                .set("justify-content", "space-between")
                .set("gap", "0.6rem");
        return row;
    }
}
