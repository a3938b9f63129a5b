package de.kooperationsatlas.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map's settings ({@code atlas.map.*}). Without a tile URL the map draws the shipped outlines only
 * and needs no connection to anywhere; with one (e.g. an own tile server,
 * {@code https://tiles.example.org/{z}/{x}/{y}.png}) it lays the tiles underneath.
 *
 * @param tilesUrl a Leaflet tile URL template; empty = no tiles
 * @param tilesAttribution the source note the tile provider requires (HTML allowed)
 */
@ConfigurationProperties("atlas.map")
public record MapProperties(
        @DefaultValue("") String tilesUrl, @DefaultValue("") String tilesAttribution) {

    public boolean tiles() {
        return !tilesUrl.isBlank();
    }
}
