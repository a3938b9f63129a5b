package de.kooperationsatlas.region;

import java.util.Optional;

/** The three levels of German regions, told apart by the length of their official key (AGS). */
public enum RegionLevel {
    STATE("State", 2),
    DISTRICT("District", 5),
    MUNICIPALITY("Municipality", 8);

    private final String label;
    private final int keyLength;

    RegionLevel(String label, int keyLength) {
        this.label = label;
        this.keyLength = keyLength;
    }

    /** The Neo4j label of the level's nodes. */
    public String label() {
        return label;
    }

    public int keyLength() {
        return keyLength;
    }

    /** The level of a well-formed key (2, 5 or 8 digits), empty otherwise. */
    public static Optional<RegionLevel> ofKey(String ags) {
        if (!ags.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        for (RegionLevel level : values()) {
            if (level.keyLength == ags.length()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
