package de.kooperationsatlas.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What changed in a region (or chain) between two dates (Veränderungen): actors and cooperations added
 * and ended, phase and transition gaps closed and opened, and the key figures at both dates. Every list
 * is sorted by code point; {@code from} and {@code to} are echoed as given.
 */
public record Changes(
        String region,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String chain,
        String from,
        String to,
        ChangedItems<String> actors,
        ChangedItems<List<String>> cooperations,
        ChangedGaps<String> phaseGaps,
        ChangedGaps<List<String>> transitionGaps,
        List<FigureChange> figures) {

    /** Items in the active set at {@code to} and not at {@code from} (added), and the reverse (ended). */
    public record ChangedItems<T>(List<T> added, List<T> ended) {}

    /** Gaps at {@code from} and not at {@code to} (closed), and the reverse (opened). */
    public record ChangedGaps<T>(List<T> closed, List<T> opened) {}

    /**
     * One key figure at both dates: {@code actors}, {@code cooperations}, {@code density},
     * {@code isolated}, {@code coveredPhases}, {@code bridgedTransitions}.
     */
    public record FigureChange(String name, Number from, Number to) {}
}
