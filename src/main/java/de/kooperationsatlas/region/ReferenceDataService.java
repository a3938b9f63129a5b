package de.kooperationsatlas.region;

import de.kooperationsatlas.base.CypherScripts;
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
