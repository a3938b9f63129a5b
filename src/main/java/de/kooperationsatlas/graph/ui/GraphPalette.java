package de.kooperationsatlas.graph.ui;

import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.structure.Sector;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the pictures look: actor types in the Okabe–Ito palette (safe for the common kinds of colour
 * blindness), related types sharing a colour and told apart by shape, so no type depends on colour
 * alone; cooperation kinds by line pattern, intensity by line width. The legend and the browser
 * component read the same table.
 */
final class GraphPalette {

    private GraphPalette() {}

    /** Okabe–Ito colours. */
    static final String BLUE = "#0072B2";

    static final String SKY_BLUE = "#56B4E9";
    static final String PURPLE = "#CC79A7";
    static final String YELLOW = "#F0E442";
    static final String VERMILLION = "#D55E00";
    static final String GREEN = "#009E73";
    static final String ORANGE = "#E69F00";
    static final String GREY = "#999999";

    /** A comparison's new elements: green, solid and wider. */
    static final String ADDED = GREEN;

    /** A comparison's ended elements: vermillion, dashed and faint. */
    static final String ENDED = VERMILLION;

    /** Colour and Cytoscape node shape of an actor type. */
    record TypeStyle(String color, String shape) {}

    static final Map<ActorType, TypeStyle> TYPES = types();

    /** One Okabe–Ito colour per sector (eight sectors, eight colours; "other" grey). */
    static final Map<Sector, String> SECTORS = sectors();

    /** The colours of the largest communities in order; smaller ones share {@link #OTHER_COMMUNITY}. */
    static final List<String> COMMUNITIES = List.of(BLUE, ORANGE, GREEN, PURPLE, SKY_BLUE, VERMILLION, YELLOW);

    /** The communities beyond the coloured ones. */
    static final String OTHER_COMMUNITY = "#C8C8C8";

    /** Dash pattern per cooperation kind (empty = solid line). */
    static final Map<CooperationKind, List<Integer>> KINDS = kinds();

    /** Line width in px per intensity 1–3. */
    static final Map<Integer, Double> WIDTHS = Map.of(1, 1.0, 2, 2.5, 3, 4.5);

    private static Map<ActorType, TypeStyle> types() {
        var map = new EnumMap<ActorType, TypeStyle>(ActorType.class);
        // Public administration
        map.put(ActorType.MUNICIPAL_ADMIN, new TypeStyle(BLUE, "ellipse"));
        map.put(ActorType.PUBLIC_HEALTH_OFFICE, new TypeStyle(BLUE, "diamond"));
        map.put(ActorType.YOUTH_WELFARE, new TypeStyle(BLUE, "triangle"));
        // State and federal level
        map.put(ActorType.STATE_AGENCY, new TypeStyle(SKY_BLUE, "ellipse"));
        map.put(ActorType.FEDERAL_AGENCY, new TypeStyle(SKY_BLUE, "diamond"));
        // Insurers, associations, chambers
        map.put(ActorType.HEALTH_INSURER, new TypeStyle(PURPLE, "ellipse"));
        map.put(ActorType.ASSOCIATION, new TypeStyle(PURPLE, "diamond"));
        map.put(ActorType.CHAMBER, new TypeStyle(PURPLE, "triangle"));
        // Education
        map.put(ActorType.DAYCARE, new TypeStyle(YELLOW, "ellipse"));
        map.put(ActorType.SCHOOL, new TypeStyle(YELLOW, "diamond"));
        // Care
        map.put(ActorType.MEDICAL_CARE, new TypeStyle(VERMILLION, "ellipse"));
        map.put(ActorType.CARE_SERVICE, new TypeStyle(VERMILLION, "diamond"));
        // Civil society
        map.put(ActorType.CIVIC_ASSOCIATION, new TypeStyle(GREEN, "ellipse"));
        map.put(ActorType.SPORTS, new TypeStyle(GREEN, "diamond"));
        map.put(ActorType.NEIGHBOURHOOD_MANAGEMENT, new TypeStyle(GREEN, "triangle"));
        // Work and research
        map.put(ActorType.EMPLOYER, new TypeStyle(ORANGE, "ellipse"));
        map.put(ActorType.RESEARCH, new TypeStyle(ORANGE, "diamond"));
        map.put(ActorType.OTHER, new TypeStyle(GREY, "ellipse"));
        return map;
    }

    private static Map<Sector, String> sectors() {
        var map = new EnumMap<Sector, String>(Sector.class);
        map.put(Sector.HEALTH, VERMILLION);
        map.put(Sector.EDUCATION, YELLOW);
        map.put(Sector.YOUTH_SOCIAL, ORANGE);
        map.put(Sector.ADMINISTRATION, BLUE);
        map.put(Sector.CIVIL_SOCIETY, GREEN);
        map.put(Sector.ECONOMY, PURPLE);
        map.put(Sector.RESEARCH, SKY_BLUE);
        map.put(Sector.OTHER, GREY);
        return map;
    }

    /** A small SVG swatch: a circle in this colour. */
    static String colourSwatch(String colour) {
        return "<svg width='16' height='16' aria-hidden='true'><circle cx='8' cy='8' r='7' fill='" + colour
                + "' stroke='#333' stroke-width='1'/></svg>";
    }

    private static Map<CooperationKind, List<Integer>> kinds() {
        var map = new EnumMap<CooperationKind, List<Integer>>(CooperationKind.class);
        map.put(CooperationKind.PROJECT, List.of());
        map.put(CooperationKind.AGREEMENT, List.of(14, 4));
        map.put(CooperationKind.EXCHANGE, List.of(6, 4));
        map.put(CooperationKind.REFERRAL, List.of(2, 3));
        map.put(CooperationKind.FUNDING, List.of(10, 3, 2, 3));
        map.put(CooperationKind.OTHER, List.of(3, 9));
        return map;
    }

    /** A small SVG swatch of a type: its colour in its shape. */
    static String typeSwatch(ActorType type) {
        var style = TYPES.get(type);
        String shape = switch (style.shape()) {
            case "diamond" -> "<polygon points='8,1 15,8 8,15 1,8'";
            case "triangle" -> "<polygon points='8,1 15,15 1,15'";
            default -> "<circle cx='8' cy='8' r='7'";
        };
        return "<svg width='16' height='16' aria-hidden='true'>" + shape + " fill='" + style.color()
                + "' stroke='#333' stroke-width='1'/></svg>";
    }

    /** A small SVG swatch of a line: the kind's pattern at the given width. */
    static String lineSwatch(List<Integer> dash, double width) {
        String pattern = dash.isEmpty()
                ? ""
                : " stroke-dasharray='"
                        + String.join(" ", dash.stream().map(String::valueOf).toList()) + "'";
        return "<svg width='40' height='12' aria-hidden='true'><line x1='0' y1='6' x2='40' y2='6' stroke='#444'"
                + " stroke-width='" + width + "'" + pattern + "/></svg>";
    }

    /** The palette as the browser component reads it, with the texts it shows. */
    static String json(JsonMapper json, Function<String, String> t) {
        Map<String, Object> types = new LinkedHashMap<>();
        TYPES.forEach((type, s) -> types.put(type.name(), Map.of("color", s.color(), "shape", s.shape())));
        Map<String, Object> kinds = new LinkedHashMap<>();
        KINDS.forEach((k, dash) -> kinds.put(k.name(), dash));
        Map<String, String> sectors = new LinkedHashMap<>();
        SECTORS.forEach((sector, colour) -> sectors.put(sector.name(), colour));
        return json.writeValueAsString(Map.of(
                "types",
                types,
                "sectors",
                sectors,
                "communities",
                COMMUNITIES,
                "otherCommunity",
                OTHER_COMMUNITY,
                "kinds",
                kinds,
                "changes",
                Map.of("added", ADDED, "ended", ENDED),
                "labels",
                Map.of("alone", t.apply("graph.alone"), "aria", t.apply("graph.aria"))));
    }
}
