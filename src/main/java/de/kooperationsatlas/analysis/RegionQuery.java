package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.QueryParams;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * {@code ?region=}: the region an analysis of one region needs (the analyses' and the structure
 * endpoints'); kept as text, so that a missing one is this app's 400 and not the framework's.
 */
public record RegionQuery(
        @Parameter(
                description = "Region key, required (AGS, 2, 5 or 8 digits)",
                example = "15085",
                required = true,
                schema = @Schema(type = "string"))
        @Nullable
        String region) {

    /** The region key, or a 400 saying it is required. */
    public String required() {
        return QueryParams.required("region", region);
    }
}
