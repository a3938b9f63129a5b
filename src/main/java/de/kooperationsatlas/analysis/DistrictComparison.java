package de.kooperationsatlas.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** District comparison (Kreisvergleich) of a state, or of all districts when {@code state} is null. */
public record DistrictComparison(@Nullable String state, List<District> districts) {

    /** The figures of one district; the ratios are unrounded. */
    public record District(
            String ags,
            String name,
            long actors,
            double actorsPer10k,
            long cooperations,
            double density,
            long coveredPhases,
            long bridgedTransitions,
            long isolated) {}
}
