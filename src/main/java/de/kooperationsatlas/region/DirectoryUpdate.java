package de.kooperationsatlas.region;

import java.util.List;

/**
 * What a newer municipality directory changes, as {@code POST /api/reference-data} answers: keys of
 * municipalities added (new, or back after having left), changed (any listed field), removed (they stay
 * as retired regions), and the actors whose seat is not in the new directory (listed and marked, never
 * dropped). Every list sorted.
 */
public record DirectoryUpdate(
        List<String> added, List<String> changed, List<String> removed, List<String> actorsWithoutSeat) {}
