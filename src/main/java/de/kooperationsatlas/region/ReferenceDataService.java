package de.kooperationsatlas.region;

import de.kooperationsatlas.base.CypherScripts;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        var stateRows = DirectoryFiles.read(states, DirectoryFiles::stateRow);
        var districtRows = DirectoryFiles.read(districts, DirectoryFiles::districtRow);
        var municipalityRows = DirectoryFiles.read(municipalities, DirectoryFiles::municipalityRow);
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
        var rows = DirectoryFiles.readDirectory(municipalities);
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
}
