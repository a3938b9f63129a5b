package de.kooperationsatlas.analysis;

import java.util.List;

/**
 * Phase coverage (Abdeckung der Lebensphasen) of a region or chain: per life phase the number of actors
 * active in it, and the phases without any (gaps), both in life-phase order.
 */
public record PhaseCoverage(String region, List<Phase> phases, List<String> gaps) {

    /** One life phase and how many actors are active in it. */
    public record Phase(String code, long actors) {}
}
