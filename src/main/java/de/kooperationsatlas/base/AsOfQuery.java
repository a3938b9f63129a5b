package de.kooperationsatlas.base;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@code ?asOf=}: the date an answer is "as of" (contract, "Time"): an ISO date or a year (its 31
 * December), today in Berlin when missing. Kept as text, so that a bad one is this app's 400 naming the
 * parameter and not the framework's; use as {@code @ParameterObject AsOfQuery asOf}.
 */
public record AsOfQuery(
        @Parameter(
                description = "Date the answer is as of: an ISO date (2023-12-31) or a year (2023, meaning its "
                        + "31 December); today (Europe/Berlin) when missing. Only actors, cooperations and "
                        + "memberships active at that date count.",
                example = "2023-12-31",
                schema = @Schema(type = "string"))
        @Nullable
        String asOf) {

    /** The date, today when missing, or a 400 naming the parameter. */
    public LocalDate date() {
        return Dates.parameter("asOf", asOf);
    }
}
