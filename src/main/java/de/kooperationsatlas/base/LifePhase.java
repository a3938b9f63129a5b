package de.kooperationsatlas.base;

import java.util.Arrays;
import java.util.Optional;

/** The nine life phases of a prevention chain (Lebensphasen), in their fixed order. */
public enum LifePhase {
    PREGNANCY_BIRTH,
    EARLY_CHILDHOOD,
    DAYCARE,
    PRIMARY_SCHOOL,
    SECONDARY_SCHOOL,
    SCHOOL_TO_WORK,
    WORKING_LIFE,
    RETIREMENT,
    OLD_AGE;

    /** 1 to 9, as the contract numbers them. */
    public int order() {
        return ordinal() + 1;
    }

    /** The i18n key of the phase's name. */
    public String messageKey() {
        return "phase." + name();
    }

    public static Optional<LifePhase> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }
}
