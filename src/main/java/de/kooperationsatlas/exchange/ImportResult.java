package de.kooperationsatlas.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;

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
 * @param warnings what was put right on the way (a region key that lost its leading zero), in file order;
 *     listed with or without errors
 */
public record ImportResult(
        boolean dryRun,
        Map<String, ImportDetected> detected,
        Map<String, Long> created,
        Map<String, Long> updated,
        List<ImportProblem> errors,
        List<ImportProblem> warnings) {

    public ImportResult {
        detected = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detected));
        created = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(created));
        updated = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(updated));
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether the bundle was clean. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** What was (or would be) created from the file of this name ({@code actors.csv}); 0 for any other name. */
    public long createdIn(String fileName) {
        return counter(created, fileName);
    }

    /** What was (or would be) updated from the file of this name; 0 for any other name. */
    public long updatedIn(String fileName) {
        return counter(updated, fileName);
    }

    private static long counter(Map<String, Long> counts, String fileName) {
        return ExchangeFormat.File.ofFileName(fileName)
                .map(ImportWriter.COUNTERS::get)
                .map(key -> counts.getOrDefault(key, 0L))
                .orElse(0L);
    }

    /**
     * Writes the problems as a CSV file a spreadsheet opens with a double-click: UTF-8 with BOM, {@code ;},
     * CRLF, the given header (file, line, column, message in the user's language), cells that a
     * spreadsheet would run as a formula written safely. {@code out} stays open.
     */
    public void writeProblemsCsv(List<String> header, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        var printer = new CSVPrinter(writer, ExportService.CSV);
        printer.printRecord(header);
        for (ImportProblem problem : errors) {
            printer.printRecord(Stream.of(
                            problem.file(),
                            problem.line() == null ? "" : problem.line().toString(),
                            problem.column() == null ? "" : problem.column(),
                            problem.message())
                    .map(ExchangeFormat::escapeCell)
                    .toList());
        }
        printer.flush();
    }
}
