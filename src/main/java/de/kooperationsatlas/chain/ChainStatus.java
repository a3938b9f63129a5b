package de.kooperationsatlas.chain;

import java.util.Arrays;
import java.util.Optional;

/** How far a prevention chain has come (Stand der Präventionskette). */
public enum ChainStatus {
    /** geplant */
    PLANNED,
    /** im Aufbau */
    IN_PROGRESS,
    /** etabliert */
    ESTABLISHED;

    /** The i18n key of the status's label. */
    public String messageKey() {
        return "chainStatus." + name();
    }

    public static Optional<ChainStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
