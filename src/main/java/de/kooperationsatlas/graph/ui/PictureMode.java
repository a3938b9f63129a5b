package de.kooperationsatlas.graph.ui;

import java.util.Locale;
import java.util.Map;

/**
 * How the network picture shows its actors: coloured by type, sector or community; sized by one of
 * the figures; with or without the marks of cut points and critical cooperations.
 */
record PictureMode(Colouring colour, Sizing size, boolean weak) {

    static final PictureMode DEFAULT = new PictureMode(Colouring.TYPE, Sizing.BETWEENNESS, false);

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
