package de.kooperationsatlas.map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of the map's GeoJSON answers, for the OpenAPI document only: the controller sends the
 * prepared bytes ({@link Boundaries}), so nothing maps into this record.
 *
 * @param state the state's key, only for a state's municipalities
 */
@Schema(name = "Outlines", description = "A GeoJSON FeatureCollection of outlines (RFC 7946), WGS 84")
record Outlines(
        @Schema(allowableValues = "FeatureCollection") String type,
        @Schema(example = "15") @Nullable String state,
        List<Feature> features) {

    /** One region's outline. */
    @Schema(name = "OutlineFeature")
    record Feature(@Schema(allowableValues = "Feature") String type, Properties properties, Geometry geometry) {}

    /** What the feature is. */
    @Schema(name = "OutlineProperties")
    record Properties(
            @Schema(description = "Region key (AGS)", example = "15085")
            String ags,

            @Schema(example = "Harz") String name) {}

    /** The outline: positions as [longitude, latitude], rounded. */
    @Schema(name = "OutlineGeometry")
    record Geometry(
            @Schema(allowableValues = {"Polygon", "MultiPolygon"})
            String type,

            @ArraySchema(
                    arraySchema = @Schema(description = "Rings of [longitude, latitude] positions, nested as GeoJSON"),
                    schema = @Schema(type = "array"))
            List<Object> coordinates) {}
}
