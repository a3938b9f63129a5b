package de.kooperationsatlas.actor;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of actors of the contract (Akteurstypen). */
public enum ActorType {
    MUNICIPAL_ADMIN,
    PUBLIC_HEALTH_OFFICE,
    HEALTH_INSURER,
    STATE_AGENCY,
    FEDERAL_AGENCY,
    ASSOCIATION,
    CHAMBER,
    CIVIC_ASSOCIATION,
    DAYCARE,
    SCHOOL,
    YOUTH_WELFARE,
    MEDICAL_CARE,
    CARE_SERVICE,
    SPORTS,
    EMPLOYER,
    NEIGHBOURHOOD_MANAGEMENT,
    RESEARCH,
    OTHER;

    public String messageKey() {
        return "actorType." + name();
    }

    public static Optional<ActorType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
