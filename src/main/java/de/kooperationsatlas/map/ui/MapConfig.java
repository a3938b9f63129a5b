package de.kooperationsatlas.map.ui;

import de.kooperationsatlas.map.ColourScale.Legend;
import de.kooperationsatlas.map.MapProperties;
import de.kooperationsatlas.map.MunicipalityMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON the map's web component draws from: the areas' colours and labels, the legend, the
 * selected area, the seats, the source notes and the optional tile layer.
 */
final class MapConfig {

    private final Function<String, String> t;
    private final Supplier<Locale> locale;
    private final MapProperties settings;

    /**
     * @param t the view's translations
     * @param locale the page's language, for numbers
     */
    MapConfig(Function<String, String> t, Supplier<Locale> locale, MapProperties settings) {
        this.t = t;
        this.locale = locale;
        this.settings = settings;
    }

    /** One area with its value formatted and the legend class (colour, label) it falls in. */
    MapTable.Row row(String ags, String name, double value, int decimals, Legend legend) {
        var colourClass = legend.classes().stream()
                .filter(c -> c.contains(value))
                .findFirst()
                .orElse(legend.classes().getLast());
        return new MapTable.Row(
                ags,
                name,
                value,
                MapDetails.format(value, decimals, locale.get()),
                colourClass.colour(),
                colourClass.label(locale.get(), decimals));
    }

    ObjectNode of(
            String view,
            String shapesUrl,
            String figureName,
            List<MapTable.Row> rows,
            Legend legend,
            int decimals,
            @Nullable String selected) {
        var config = JsonNodeFactory.instance.objectNode();
        config.put("view", view);
        config.put("shapesUrl", shapesUrl);
        config.put("figureName", figureName);
        if (selected != null) {
            config.put("selected", selected);
        }
        var regions = config.putObject("regions");
        for (var row : rows) {
            regions.putObject(row.ags())
                    .put("name", row.name())
                    .put("label", row.shown())
                    .put("colour", row.colour());
        }
        var classes = config.putArray("legend");
        for (var c : legend.classes()) {
            classes.addObject()
                    .put("colour", c.colour())
                    .put("label", c.label(locale.get(), decimals))
                    .put("lower", c.lower())
                    .put("upper", c.upper())
                    .put("count", c.count());
        }
        config.putObject("noData").put("colour", "#ffffff").put("label", t.apply("map.noData"));
        config.putObject("labels").put("seat", t.apply("map.seat.count")).put("seats", t.apply("map.seats"));
        config.put("attribution", attribution());
        if (settings.tiles()) {
            config.putObject("tiles").put("url", settings.tilesUrl()).put("attribution", settings.tilesAttribution());
        }
        return config;
    }

    /** The actor seats as markers, each with its actors. */
    static void seats(ObjectNode config, List<MunicipalityMap.Seat> found) {
        var seats = config.putArray("seats");
        for (var seat : found) {
            var s = seats.addObject()
                    .put("ags", seat.ags())
                    .put("name", seat.name())
                    .put("lat", seat.latitude())
                    .put("lon", seat.longitude());
            var actors = s.putArray("actors");
            seat.actors().forEach(a -> actors.addObject().put("id", a.id()).put("name", a.name()));
        }
    }

    /** The source notes the data licence requires (dl-de/by-2-0), shown in the map's corner. */
    private String attribution() {
        return "<a href=\"https://www.bkg.bund.de\" target=\"_blank\" rel=\"noopener\">"
                + HtmlUtils.htmlEscape(t.apply("map.source.bkg")) + "</a> · "
                + HtmlUtils.htmlEscape(t.apply("map.source.destatis"))
                + " · <a href=\"https://www.govdata.de/dl-de/by-2-0\" target=\"_blank\" rel=\"noopener\">"
                + "dl-de/by-2-0</a>";
    }
}
