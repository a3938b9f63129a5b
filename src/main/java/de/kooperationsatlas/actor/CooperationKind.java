package de.kooperationsatlas.actor;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of cooperation of the contract. */
public enum CooperationKind {
    PROJECT,
    AGREEMENT,
    EXCHANGE,
    REFERRAL,
    FUNDING,
    OTHER;

    public String messageKey() {
        return "cooperationKind." + name();
    }

    public static Optional<CooperationKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
