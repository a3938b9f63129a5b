package de.kooperationsatlas.region;

import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import java.io.IOException;
import java.io.InputStream;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the official municipality directory (Destatis GV-ISys: 16 states, 401 districts, 11,004
 * municipalities) and the life phases. Idempotent: loading twice changes nothing. Municipalities that
 * left the directory stay in the store, marked, so actors seated there are reported, never dropped.
 */
@Service
public class ReferenceDataService {

    /** The edition of the shipped directory; a store that holds another one is reloaded on start. */
    public static final String SHIPPED_EDITION = "GV-ISys 2020-Q4";

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataService.class);
    private static final int BATCH = 2_500;

    private final Neo4jClient neo4j;
    private final TransactionTemplate transactions;
    private final CypherScripts scripts;

    ReferenceDataService(Neo4jClient neo4j, TransactionTemplate transactions, CypherScripts scripts) {
        this.neo4j = neo4j;
        this.transactions = transactions;
        this.scripts = scripts;
    }

    /** The edition of the directory in the store, if any. */
    public @Nullable String loadedEdition() {
        return neo4j.query("MATCH (s:AtlasStore {id: 'store'}) RETURN s.referenceEdition AS edition")
                .fetchAs(String.class)
                .one()
                .orElse(null);
    }

    /** Loads the directory shipped inside the app; an administrator's job (or the start-up's). */
    public ReferenceDataReport loadShipped() {
        requireAdminOrSystem();
        return load(
                SHIPPED_EDITION,
                () -> new ClassPathResource("reference/states.csv").getInputStream(),
                () -> new ClassPathResource("reference/districts.csv").getInputStream(),
                () -> new ClassPathResource("reference/municipalities.csv").getInputStream());
    }

    /** Opens one file of a directory. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** Loads a directory in the shipped CSV format, all in one transaction. */
    public ReferenceDataReport load(String edition, Source states, Source districts, Source municipalities) {
        long started = System.nanoTime();
        var stateRows = read(states, this::stateRow);
        var districtRows = read(districts, this::districtRow);
        var municipalityRows = read(municipalities, this::municipalityRow);
        List<String> retired = transactions.execute(status -> {
            for (String statement : scripts.statements("reference/life_phases.cypher")) {
                neo4j.query(statement).run();
            }
            neo4j.query("""
                            UNWIND $rows AS row
                            MERGE (s:State {ags: row.ags})
                            SET s.name = row.name, s.population = row.population, s.areaKm2 = row.areaKm2""").bind(stateRows).to("rows").run();
            neo4j.query("""
                            UNWIND $rows AS row
                            MERGE (d:District {ags: row.ags})
                            SET d.name = row.name, d.kind = row.kind, d.population = row.population, d.areaKm2 = row.areaKm2
                            WITH d, row
                            OPTIONAL MATCH (d)-[old:IN_STATE]->(other:State) WHERE other.ags <> row.state
                            DELETE old
                            WITH DISTINCT d, row
                            MATCH (s:State {ags: row.state})
                            MERGE (d)-[:IN_STATE]->(s)""").bind(districtRows).to("rows").run();
            writeMunicipalities(municipalityRows);
            neo4j.query(
                            "MERGE (s:AtlasStore {id: 'store'}) SET s.referenceEdition = $edition, s.referenceLoadedAt = datetime()")
                    .bind(edition)
                    .to("edition")
                    .run();
            return List.copyOf(neo4j.query("""
                            MATCH (a:Actor)-[:SEATED_IN]->(m:Municipality {inDirectory: false})
                            RETURN a.id AS id ORDER BY id""").fetchAs(String.class).all());
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        var report = new ReferenceDataReport(
                stateRows.size(),
                districtRows.size(),
                municipalityRows.size(),
                millis,
                retired == null ? List.of() : retired);
        log.info(
                "Reference data {} loaded in {} ms: {} states, {} districts, {} municipalities; {} actors seated outside the directory",
                edition,
                millis,
                report.states(),
                report.districts(),
                report.municipalities(),
                report.actorsWithRetiredSeat().size());
        return report;
    }

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

    private static final List<String> COMPARED = List.of(
            "name",
            "kind",
            "district",
            "state",
            "population",
            "areaKm2",
            "postalCode",
            "latitude",
            "longitude",
            "associationKey",
            "associationName",
            "associationKind",
            "urbanisation");

    /**
     * A newer municipality directory ({@code municipalities.csv} in the shipped columns): what it adds,
     * changes and removes against the store, and which actors' seats it leaves out. Unless {@code
     * dryRun}, applies it in one transaction: removed municipalities stay as retired regions (with
     * their actors, who are marked), nothing is dropped. States and districts stay as they are; a
     * municipality whose district is not in the store (the unincorporated areas 07000999, 13000999 …)
     * belongs to its state, as in the shipped loader.
     *
     * @throws de.kooperationsatlas.base.InvalidInputException for a file that is not such a directory,
     *     naming the missing columns or the first broken lines
     */
    public DirectoryUpdate updateMunicipalities(Source municipalities, boolean dryRun) {
        requireAdminOrSystem();
        var rows = readDirectory(municipalities);
        var update = transactions.execute(status -> {
            var stored = storedMunicipalities();
            var keys = new java.util.TreeSet<String>();
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (var row : rows) {
                String ags = (String) row.get("ags");
                keys.add(ags);
                var before = stored.get(ags);
                if (before == null || Boolean.FALSE.equals(before.get("inDirectory"))) {
                    added.add(ags);
                } else if (COMPARED.stream()
                        .anyMatch(field ->
                                !java.util.Objects.equals(comparable(row.get(field)), comparable(before.get(field))))) {
                    changed.add(ags);
                }
            }
            List<String> removed = stored.entrySet().stream()
                    .filter(e -> !Boolean.FALSE.equals(e.getValue().get("inDirectory")))
                    .map(Map.Entry::getKey)
                    .filter(ags -> !keys.contains(ags))
                    .sorted()
                    .toList();
            var withoutSeat = List.copyOf(neo4j.query("""
                            MATCH (a:Actor)-[:SEATED_IN]->(m:Municipality) WHERE NOT m.ags IN $keys
                            RETURN a.id ORDER BY a.id""")
                    .bind(List.copyOf(keys))
                    .to("keys")
                    .fetchAs(String.class)
                    .all());
            if (!dryRun) {
                writeMunicipalities(rows);
                neo4j.query("MERGE (s:AtlasStore {id: 'store'}) SET s.referenceEdition = $edition,"
                                + " s.referenceLoadedAt = datetime()")
                        .bind("upload " + java.time.LocalDate.now())
                        .to("edition")
                        .run();
            }
            return new DirectoryUpdate(
                    added.stream().sorted().toList(), changed.stream().sorted().toList(), removed, withoutSeat);
        });
        if (update == null) {
            throw new IllegalStateException("The directory update returned nothing");
        }
        log.info(
                "Municipality directory {}: {} added, {} changed, {} removed, {} actors without a seat in it",
                dryRun ? "checked" : "applied",
                update.added().size(),
                update.changed().size(),
                update.removed().size(),
                update.actorsWithoutSeat().size());
        return update;
    }

    /** Numbers as the store keeps them (population as a whole number, everything else as text or double). */
    private static @Nullable Object comparable(@Nullable Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }

    private Map<String, Map<String, Object>> storedMunicipalities() {
        Map<String, Map<String, Object>> stored = new HashMap<>();
        neo4j.query("""
                        MATCH (m:Municipality)
                        OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District)
                        RETURN m {.ags, .name, .kind, .population, .areaKm2, .postalCode, .associationKey,
                                  .associationName, .associationKind, .urbanisation, .inDirectory,
                                  latitude: m.location.latitude, longitude: m.location.longitude,
                                  district: coalesce(d.ags, substring(m.ags, 0, 5)), state: head(COLLECT { MATCH (m)-[:IN_DISTRICT|IN_STATE*1..2]->(s:State) RETURN s.ags })} AS m""").fetch().all().forEach(row -> {
            @SuppressWarnings("unchecked")
            var m = new HashMap<>((Map<String, Object>) row.get("m"));
            stored.put((String) m.get("ags"), m);
        });
        return stored;
    }

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
    private List<Map<String, Object>> readDirectory(Source source) {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<Problem> problems = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        var seen = new java.util.HashSet<String>();
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
                try {
                    var row = municipalityRow(record);
                    String ags = (String) row.get("ags");
                    if (!ags.matches("\\d{8}")
                            || !ags.startsWith((String) row.get("district"))
                            || !ags.startsWith((String) row.get("state"))) {
                        throw new IllegalArgumentException("ags " + ags + " is no 8-digit key inside its district");
                    }
                    if (!seen.add(ags)) {
                        throw new IllegalArgumentException("ags " + ags + " repeated");
                    }
                    rows.add(row);
                } catch (RuntimeException e) {
                    if (problems.size() < 20) {
                        problems.add(
                                new Problem("file", "referenceData.error.line", line, String.valueOf(e.getMessage())));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "referenceData.error.line", 1, String.valueOf(e.getMessage()));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("file", "referenceData.error.file"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
    }

    /** Creates or updates the municipalities, links them to their district, retires those not listed. */
    private void writeMunicipalities(List<Map<String, Object>> municipalityRows) {
        for (int from = 0; from < municipalityRows.size(); from += BATCH) {
            var batch = municipalityRows.subList(from, Math.min(from + BATCH, municipalityRows.size()));
            neo4j.query("""
                            UNWIND $rows AS row
                            MERGE (m:Municipality {ags: row.ags})
                            SET m.name = row.name, m.kind = row.kind, m.population = row.population,
                                m.areaKm2 = row.areaKm2, m.postalCode = row.postalCode,
                                m.location = CASE WHEN row.latitude IS NULL THEN null
                                                  ELSE point({latitude: row.latitude, longitude: row.longitude}) END,
                                m.associationKey = row.associationKey, m.associationName = row.associationName,
                                m.associationKind = row.associationKind, m.urbanisation = row.urbanisation,
                                m.inDirectory = true
                            WITH m, row
                            OPTIONAL MATCH (m)-[old:IN_DISTRICT|IN_STATE]->(parent)
                            WHERE parent.ags <> row.district AND parent.ags <> row.state
                            DELETE old
                            WITH DISTINCT m, row
                            OPTIONAL MATCH (d:District {ags: row.district})
                            OPTIONAL MATCH (s:State {ags: row.state})
                            FOREACH (_ IN CASE WHEN d IS NOT NULL THEN [1] ELSE [] END | MERGE (m)-[:IN_DISTRICT]->(d))
                            FOREACH (_ IN CASE WHEN d IS NULL AND s IS NOT NULL THEN [1] ELSE [] END | MERGE (m)-[:IN_STATE]->(s))""").bind(batch).to("rows").run();
        }
        var keys = municipalityRows.stream().map(row -> row.get("ags")).toList();
        neo4j.query("""
                        MATCH (m:Municipality) WHERE NOT m.ags IN $keys AND m.inDirectory <> false
                        SET m.inDirectory = false""").bind(keys).to("keys").run();
        // Actors seated in a retired municipality are marked, so lists and forms can point them out.
        neo4j.query("""
                        MATCH (a:Actor)-[:SEATED_IN]->(m:Municipality)
                        WITH a, m.inDirectory = false AS retired
                        WHERE coalesce(a.seatRetired, false) <> retired
                        SET a.seatRetired = CASE WHEN retired THEN true ELSE null END""").run();
    }

    /** Refuses everyone but administrators (before an upload is even read). */
    public void requireAdmin() {
        requireAdminOrSystem();
    }

    /**
     * Reference data belongs to administrators. Checked against the signed-in authorities directly:
     * the security feature builds on regions, so regions cannot ask it.
     */
    private static void requireAdminOrSystem() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
            throw new AccessDeniedException("Only an administrator loads reference data");
        }
    }

    private Map<String, Object> stateRow(CSVRecord r) {
        Map<String, Object> row = new HashMap<>();
        row.put("ags", r.get("ags"));
        row.put("name", r.get("name"));
        row.put("population", Long.parseLong(r.get("population")));
        row.put("areaKm2", Double.parseDouble(r.get("area_km2")));
        return row;
    }

    private Map<String, Object> districtRow(CSVRecord r) {
        Map<String, Object> row = stateRow(r);
        row.put("kind", r.get("kind"));
        row.put("state", r.get("state_ags"));
        return row;
    }

    private Map<String, Object> municipalityRow(CSVRecord r) {
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

    private interface RowMapper {
        Map<String, Object> map(CSVRecord record);
    }

    private static List<Map<String, Object>> read(Source source, RowMapper mapper) {
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
