package de.kooperationsatlas.region;

import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import de.kooperationsatlas.region.ReferenceDataService.Source;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the municipality directory's CSV files (shipped or uploaded) into rows for {@link
 * ReferenceDataService}'s Cypher; knows the columns and the checks of a line, nothing of the store.
 */
final class DirectoryFiles {

    /** The columns of the shipped {@code municipalities.csv}; an uploaded directory has them all. */
    static final List<String> MUNICIPALITY_COLUMNS = List.of(
            "ags",
            "name",
            "kind",
            "district_ags",
            "state_ags",
            "population",
            "area_km2",
            "postal_code",
            "latitude",
            "longitude",
            "association_key",
            "association_name",
            "association_kind",
            "urbanisation");

    private DirectoryFiles() {}

    /** A spreadsheet may save UTF-8 with a byte order mark, which would become part of the first header. */
    private static java.io.Reader withoutBom(java.io.Reader reader) throws IOException {
        var pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** Reads an uploaded directory, refusing it whole with the missing columns or the first broken lines. */
    static List<Map<String, Object>> readDirectory(Source source) {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<Problem> problems = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        var seen = new java.util.HashSet<String>();
        long lastRead = 1;
        try (var reader = withoutBom(new InputStreamReader(source.open(), StandardCharsets.UTF_8));
                var parser = format.parse(reader)) {
            var missing = MUNICIPALITY_COLUMNS.stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", "referenceData.error.columns", String.join(", ", missing));
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                lastRead = line;
                var problem = lineProblem(record, line, parser.getHeaderNames().size(), seen);
                if (problem != null) {
                    if (problems.size() < 20) {
                        problems.add(problem);
                    }
                    continue;
                }
                rows.add(municipalityRow(record));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "referenceData.error.unreadable", lastRead);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("file", "referenceData.error.file"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
    }

    /** What is wrong with a line of an uploaded directory, in the user's words, or null when it reads well. */
    private static @Nullable Problem lineProblem(CSVRecord record, long line, int columns, java.util.Set<String> seen) {
        if (!record.isConsistent()) {
            return new Problem("file", "referenceData.error.cells", line, record.size(), columns);
        }
        for (String column : List.of("population", "area_km2", "latitude", "longitude")) {
            String value = record.get(column);
            boolean optional = !column.equals("population") && !column.equals("area_km2");
            if (optional && value.isBlank()) {
                continue;
            }
            try {
                Double.parseDouble(value);
                if (column.equals("population")) {
                    Long.parseLong(value);
                }
            } catch (NumberFormatException e) {
                return new Problem("file", "referenceData.error.number", line, column, value);
            }
        }
        String ags = record.get("ags");
        String district = record.get("district_ags");
        String state = record.get("state_ags");
        if (!ags.matches("\\d{8}") || !ags.startsWith(district) || !ags.startsWith(state)) {
            return new Problem("file", "referenceData.error.key", line, ags, district, state);
        }
        if (!seen.add(ags)) {
            return new Problem("file", "referenceData.error.repeated", line, ags);
        }
        return null;
    }

    static Map<String, Object> stateRow(CSVRecord r) {
        Map<String, Object> row = new HashMap<>();
        row.put("ags", r.get("ags"));
        row.put("name", r.get("name"));
        row.put("population", Long.parseLong(r.get("population")));
        row.put("areaKm2", Double.parseDouble(r.get("area_km2")));
        return row;
    }

    static Map<String, Object> districtRow(CSVRecord r) {
        Map<String, Object> row = stateRow(r);
        row.put("kind", r.get("kind"));
        row.put("state", r.get("state_ags"));
        return row;
    }

    static Map<String, Object> municipalityRow(CSVRecord r) {
        Map<String, Object> row = districtRow(r);
        row.put("district", r.get("district_ags"));
        row.put("postalCode", blankToNull(r.get("postal_code")));
        Double latitude = coordinate(r.get("latitude"));
        Double longitude = coordinate(r.get("longitude"));
        // 07000999 is written as 0,0: an unincorporated area without a real location.
        boolean located = latitude != null && longitude != null && !(latitude == 0.0 && longitude == 0.0);
        row.put("latitude", located ? latitude : null);
        row.put("longitude", located ? longitude : null);
        row.put("associationKey", blankToNull(r.get("association_key")));
        row.put("associationName", blankToNull(r.get("association_name")));
        row.put("associationKind", blankToNull(r.get("association_kind")));
        row.put("urbanisation", blankToNull(r.get("urbanisation")));
        return row;
    }

    private static @Nullable Double coordinate(String value) {
        return value == null || value.isBlank() ? null : Double.valueOf(value);
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    interface RowMapper {
        Map<String, Object> map(CSVRecord record);
    }

    static List<Map<String, Object>> read(Source source, RowMapper mapper) {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var reader = new InputStreamReader(source.open(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                try {
                    rows.add(mapper.map(record));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(
                            "Line " + (record.getRecordNumber() + 1) + " of the directory: " + e.getMessage(), e);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the municipality directory", e);
        }
    }
}
