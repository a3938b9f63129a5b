package de.kooperationsatlas.region;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A state, district or municipality with its enclosing regions ({@code parents}, outermost first) and
 * directly contained ones ({@code children}), as {@code GET /api/regions/{ags}} answers.
 */
public record Region(
        String ags,
        String name,
        RegionLevel level,
        @Nullable String kind,
        long population,
        double areaKm2,
        @Nullable String postalCode,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String associationName,
        List<RegionRef> parents,
        List<RegionRef> children) {

    /** The region as lists and pickers name it. */
    public RegionRef ref() {
        return new RegionRef(ags, name, level);
    }
}
