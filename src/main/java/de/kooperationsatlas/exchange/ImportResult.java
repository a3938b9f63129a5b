package de.kooperationsatlas.exchange;

import java.util.List;
import java.util.Map;

/**
 * The answer of an import or a dry run: what was detected per file, what was (or would be) created and
 * updated, and every problem. With problems nothing was written and the counts are zero.
 *
 * @param dryRun whether this only validated
 * @param detected per file name: encoding, delimiter and rows
 * @param created keyed {@code actors}, {@code cooperations}, {@code networks}, {@code memberships},
 *     {@code chains}, {@code contributions}, {@code events}, {@code participations}
 * @param updated the same keys: rows whose values differ from the store
 * @param errors every problem, in file order
 */
public record ImportResult(
        boolean dryRun,
        Map<String, ImportDetected> detected,
        Map<String, Long> created,
        Map<String, Long> updated,
        List<ImportProblem> errors) {

    public ImportResult {
        detected = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detected));
        created = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(created));
        updated = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(updated));
        errors = List.copyOf(errors);
    }

    /** Whether the bundle was clean. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
