package de.kooperationsatlas.map;

import de.kooperationsatlas.map.MunicipalityMap.Municipality;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** A figure per municipality that the map of a state can show. */
public enum MunicipalityFigure {
    /** Actors with their seat in the municipality. */
    SEATED("seated", 0, Municipality::seated),
    /** Actors that belong to the municipality: seated there or serving it, its district or its state. */
    BELONGING("belonging", 0, Municipality::belonging),
    /** {@link #BELONGING} per 10,000 inhabitants. */
    BELONGING_PER_10K("belongingPer10k", 2, Municipality::belongingPer10k);

    private final String key;
    private final int decimals;
    private final ToDoubleFunction<Municipality> value;

    MunicipalityFigure(String key, int decimals, ToDoubleFunction<Municipality> value) {
        this.key = key;
        this.decimals = decimals;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public int decimals() {
        return decimals;
    }

    public String labelKey() {
        return "map.figure." + key;
    }

    public double of(Municipality municipality) {
        return value.applyAsDouble(municipality);
    }

    public static Optional<MunicipalityFigure> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
