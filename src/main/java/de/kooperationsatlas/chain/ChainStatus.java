package de.kooperationsatlas.chain;

import java.util.Arrays;
import java.util.Optional;

/** How far a prevention chain has come (Stand der Präventionskette). */
public enum ChainStatus {
    /** geplant */
    PLANNED("geplant"),
    /** im Aufbau */
    IN_PROGRESS("im Aufbau"),
    /** etabliert */
    ESTABLISHED("etabliert");

    private final String germanLabel;

    ChainStatus(String germanLabel) {
        this.germanLabel = germanLabel;
    }

    /** The i18n key of the status's label. */
    public String messageKey() {
        return "chainStatus." + name();
    }

    public static Optional<ChainStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }

    /**
     * The status of a code, or of its German label in any case ({@code Im Aufbau}), as the contract's
     * import takes it from spreadsheets.
     */
    public static Optional<ChainStatus> ofCodeOrGermanLabel(String value) {
        return ofCode(value)
                .or(() -> Arrays.stream(values())
                        .filter(s -> s.germanLabel.equalsIgnoreCase(value.strip()))
                        .findFirst());
    }
}
