package de.kooperationsatlas.base;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@code ?asOf=}: the date an analysis looks at (the contract's "Time"): an ISO date, or a year meaning
 * its 31 December; today (Europe/Berlin) when left out. Kept as text, so a bad date is this app's 400
 * naming the parameter.
 */
public record AsOfQuery(
        @Parameter(
                description = "Stand am: ISO date or year (its 31 December); default today",
                example = "2023-12-31",
                schema = @Schema(type = "string"))
        @Nullable
        String asOf) {

    /** The date, today when missing, or a 400 naming {@code asOf}. */
    public LocalDate date() {
        return Dates.parameter("asOf", asOf);
    }
}
