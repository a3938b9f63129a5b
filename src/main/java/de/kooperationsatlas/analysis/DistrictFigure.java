package de.kooperationsatlas.analysis;

import de.kooperationsatlas.analysis.DistrictComparison.District;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A figure of the district comparison that a map or a chart can show; {@link #key()} is the name used
 * in URLs and in the API's JSON, {@link #labelKey()} the translation key of its name.
 */
public enum DistrictFigure {
    ACTORS_PER_10K("actorsPer10k", 2, District::actorsPer10k),
    COVERED_PHASES("coveredPhases", 0, District::coveredPhases),
    BRIDGED_TRANSITIONS("bridgedTransitions", 0, District::bridgedTransitions),
    DENSITY("density", 3, District::density),
    ISOLATED("isolated", 0, District::isolated),
    ACTORS("actors", 0, District::actors),
    COOPERATIONS("cooperations", 0, District::cooperations);

    private final String key;
    private final int decimals;
    private final ToDoubleFunction<District> value;

    DistrictFigure(String key, int decimals, ToDoubleFunction<District> value) {
        this.key = key;
        this.decimals = decimals;
        this.value = value;
    }

    public String key() {
        return key;
    }

    /** Decimals shown; 0 for counts. */
    public int decimals() {
        return decimals;
    }

    public String labelKey() {
        return "analysis.csv." + key;
    }

    public double of(District district) {
        return value.applyAsDouble(district);
    }

    public static Optional<DistrictFigure> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
