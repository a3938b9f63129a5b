package de.kooperationsatlas.graph.ui;

import de.kooperationsatlas.base.ui.UrlParameter;
import de.kooperationsatlas.graph.GraphRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the network picture shows its actors: coloured by type, sector or community; sized by one of
 * the figures; with or without the marks of cut points and critical cooperations.
 */
record PictureMode(Colouring colour, Sizing size, boolean weak) {

    static final PictureMode DEFAULT = new PictureMode(Colouring.TYPE, Sizing.BETWEENNESS, false);

    /** The ego network's depth in the URL: 1–3, default 2 (left out). */
    static final UrlParameter<String> DEPTH = UrlParameter.<String>of(
                    text -> text, text -> text.matches("[1-3]") ? Optional.of(text) : Optional.empty())
            .withDefault(String.valueOf(GraphRequest.DEFAULT_DEPTH));

    static final UrlParameter<Colouring> COLOURING = UrlParameter.<Colouring>of(
                    Colouring::code,
                    text -> Arrays.stream(Colouring.values())
                            .filter(c -> c.code().equals(text))
                            .findFirst())
            .withDefault(Colouring.TYPE);

    static final UrlParameter<Sizing> SIZING = UrlParameter.<Sizing>of(
                    Sizing::code,
                    text -> Arrays.stream(Sizing.values())
                            .filter(c -> c.code().equals(text))
                            .findFirst())
            .withDefault(Sizing.BETWEENNESS);

    static final UrlParameter<Boolean> WEAK = UrlParameter.<Boolean>of(
                    String::valueOf, text -> Optional.of(Boolean.parseBoolean(text)))
            .withDefault(false);

    /** What the fill colour tells. */
    enum Colouring {
        TYPE,
        SECTOR,
        COMMUNITY;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        String messageKey() {
            return "graph.colour." + code();
        }
    }

    /** Which figure the size tells (bigger is more); {@code field} is the payload's field. */
    enum Sizing {
        BETWEENNESS("betweenness"),
        PARTNERS("partners"),
        EFFECTIVE_SIZE("effectiveSize"),
        CROSS_SECTOR("crossSector"),
        SEPARATES("separates");

        private final String field;

        Sizing(String field) {
            this.field = field;
        }

        String code() {
            return field;
        }

        String messageKey() {
            return "graph.size." + field;
        }
    }

    /** The mode as the browser component reads it. */
    Map<String, Object> json() {
        return Map.of("colour", colour.code(), "size", size.code(), "weak", weak);
    }
}
