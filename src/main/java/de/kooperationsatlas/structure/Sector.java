package de.kooperationsatlas.structure;

import de.kooperationsatlas.actor.ActorType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The contract's sectors, in the table's order; every actor type belongs to one. */
public enum Sector {
    /** Gesundheit und Pflege. */
    HEALTH(ActorType.PUBLIC_HEALTH_OFFICE, ActorType.HEALTH_INSURER, ActorType.MEDICAL_CARE, ActorType.CARE_SERVICE),
    /** Bildung und Betreuung. */
    EDUCATION(ActorType.DAYCARE, ActorType.SCHOOL),
    /** Jugendhilfe und Soziales. */
    YOUTH_SOCIAL(ActorType.YOUTH_WELFARE, ActorType.NEIGHBOURHOOD_MANAGEMENT),
    /** Verwaltung. */
    ADMINISTRATION(ActorType.MUNICIPAL_ADMIN, ActorType.STATE_AGENCY, ActorType.FEDERAL_AGENCY),
    /** Zivilgesellschaft und Sport. */
    CIVIL_SOCIETY(ActorType.ASSOCIATION, ActorType.CIVIC_ASSOCIATION, ActorType.SPORTS),
    /** Wirtschaft und Arbeit. */
    ECONOMY(ActorType.CHAMBER, ActorType.EMPLOYER),
    /** Wissenschaft. */
    RESEARCH(ActorType.RESEARCH),
    /** Sonstige. */
    OTHER(ActorType.OTHER);

    private static final Map<ActorType, Sector> BY_TYPE = new EnumMap<>(ActorType.class);

    static {
        for (Sector sector : values()) {
            for (ActorType type : sector.types) {
                BY_TYPE.put(type, sector);
            }
        }
    }

    private final List<ActorType> types;

    Sector(ActorType... types) {
        this.types = List.of(types);
    }

    public List<ActorType> types() {
        return types;
    }

    public String messageKey() {
        return "sector." + name();
    }

    /** The sector of an actor type's code; an unknown or missing type counts as {@link #OTHER}. */
    public static Sector ofType(@Nullable String type) {
        return type == null ? OTHER : ActorType.ofCode(type).map(BY_TYPE::get).orElse(OTHER);
    }
}
