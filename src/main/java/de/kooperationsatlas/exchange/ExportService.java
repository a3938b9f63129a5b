package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.LifePhase;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export in the contract's exchange format: one ZIP with the eight CSV files, UTF-8 with BOM, {@code ;},
 * rows sorted by their key columns, byte-stable (the same store always gives the same bytes), so that
 * export → import into an empty store → export gives identical files.
 */
@Service
@Transactional(readOnly = true)
public class ExportService {

    /**
     * Every entry carries this time, so two exports of the same store are byte-identical. Not 1980-01-01:
     * for that date the JDK adds an extended timestamp computed in the machine's time zone.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** {@code ;} and a BOM, so German Excel opens the files with a double-click; CRLF as RFC 4180 says. */
    static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private static final char BOM = '\uFEFF';

    /**
     * One query per file. The {@code RETURN} aliases are the file's columns; a list value becomes a list
     * cell. Rows are sorted here, not by Cypher: {@code ORDER BY} compares strings by UTF-16 unit, which
     * differs from code-point order for characters beyond U+FFFF.
     */
    private static final Map<ExchangeFormat.File, String> QUERIES = Map.of(
            ExchangeFormat.File.ACTORS,
            """
            MATCH (a:Actor)
            RETURN a.id AS id, a.name AS name, a.type AS type,
              head(COLLECT { MATCH (a)-[:SEATED_IN]->(s:Municipality) RETURN s.ags ORDER BY s.ags }) AS seat_ags,
              COLLECT { MATCH (a)-[:SERVES]->(r) RETURN r.ags } AS serves,
              COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code } AS life_phases,
              COLLECT { MATCH (a)-[:WORKS_ON]->(t:Topic) RETURN t.label } AS topics,
              a.website AS website, a.email AS email, a.phone AS phone, a.description AS description,
              a.since AS since, a.until AS until""",
            ExchangeFormat.File.COOPERATIONS,
            """
            MATCH (x:Actor)-[c:COOPERATES_WITH]->(y:Actor)
            RETURN x.id AS actor_a, y.id AS actor_b, c.kind AS kind, c.since AS since, c.until AS until,
              c.intensity AS intensity, c.note AS note""",
            ExchangeFormat.File.NETWORKS,
            """
            MATCH (n:Network)
            RETURN n.id AS id, n.name AS name, COLLECT { MATCH (n)-[:COVERS]->(r) RETURN r.ags } AS covers,
              n.description AS description""",
            ExchangeFormat.File.MEMBERSHIPS,
            """
            MATCH (a:Actor)-[m:MEMBER_OF]->(n:Network)
            RETURN n.id AS network_id, a.id AS actor_id, m.role AS role, m.since AS since, m.until AS until""",
            ExchangeFormat.File.CHAINS,
            """
            MATCH (c:PreventionChain)
            RETURN c.id AS id, c.name AS name,
              head(COLLECT { MATCH (c)-[:FOR_REGION]->(r) RETURN r.ags ORDER BY r.ags }) AS region_ags, c.status AS status""",
            ExchangeFormat.File.CHAIN_CONTRIBUTIONS,
            """
            MATCH (a:Actor)-[k:CONTRIBUTES_TO]->(c:PreventionChain)
            RETURN c.id AS chain_id, a.id AS actor_id, k.phases AS life_phases""",
            ExchangeFormat.File.EVENTS,
            """
            MATCH (e:Event)
            RETURN e.id AS id, e.name AS name, e.date AS date,
              head(COLLECT { MATCH (e)-[:HELD_IN]->(m:Municipality) RETURN m.ags ORDER BY m.ags }) AS municipality_ags""",
            ExchangeFormat.File.PARTICIPATIONS,
            """
            MATCH (a:Actor)-[:TOOK_PART_IN]->(e:Event)
            RETURN e.id AS event_id, a.id AS actor_id""");

    private final Neo4jClient neo4j;

    ExportService(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Writes the whole store as the contract's ZIP to {@code out}, which stays open. All files come from
     * one read transaction, so the bundle is consistent (no cooperation of an actor that is missing).
     */
    public void writeZip(OutputStream out) throws IOException {
        try (var zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8)) {
            for (ExchangeFormat.File file : ExchangeFormat.File.values()) {
                var entry = new ZipEntry(file.fileName());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                writeCsv(file, new KeepOpen(zip));
                zip.closeEntry();
            }
        }
    }

    /**
     * Writes one file of the bundle (BOM, header, rows sorted by their key columns) to {@code out}, which
     * stays open. The file's rows are held in memory while they are sorted; nothing else is.
     */
    public void writeCsv(ExchangeFormat.File file, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        neo4j.delegateTo(runner -> {
                    var result = runner.run(QUERIES.get(file), Map.of());
                    while (result.hasNext()) {
                        rows.add(row(file, result.next()));
                    }
                    return Optional.empty();
                })
                .run();
        rows.sort(byKey(file));
        Writer writer = new BufferedWriter(new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8));
        writer.write(BOM);
        var printer = new CSVPrinter(writer, CSV);
        printer.printRecord(file.columns());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(ExchangeFormat::escapeCell).toList());
        }
        printer.flush();
    }

    /** Compares rows by the file's key columns, each in code-point order. */
    private static Comparator<List<String>> byKey(ExchangeFormat.File file) {
        Comparator<List<String>> order = (a, b) -> 0;
        for (String key : file.key()) {
            int index = file.columns().indexOf(key);
            order = order.thenComparing(row -> row.get(index), CODE_POINT_ORDER);
        }
        return order;
    }

    /**
     * A record's cells in the file's column order, unescaped. A cooperation names the smaller id of the
     * pair (by code point) as {@code actor_a}, whatever the stored direction.
     */
    static List<String> row(ExchangeFormat.File file, Record record) {
        List<String> cells = new ArrayList<>(file.columns().size());
        for (String column : file.columns()) {
            cells.add(cell(column, record.get(column)));
        }
        if (file == ExchangeFormat.File.COOPERATIONS && compareCodePoints(cells.get(0), cells.get(1)) > 0) {
            String a = cells.get(1);
            cells.set(1, cells.get(0));
            cells.set(0, a);
        }
        return cells;
    }

    /**
     * A value as cell text, unescaped: empty for none, lists joined with {@code |} (life phases in
     * life-phase order, everything else in code-point order), dates ISO, numbers as digits.
     */
    static String cell(String column, Value value) {
        if (value.isNull()) {
            return "";
        }
        Object object = value.asObject();
        if (object instanceof List<?> list) {
            Comparator<String> order = column.equals("life_phases") ? LIFE_PHASE_ORDER : CODE_POINT_ORDER;
            return list.stream()
                    .map(String::valueOf)
                    .sorted(order)
                    .reduce((a, b) -> a + ExchangeFormat.LIST_SEPARATOR + b)
                    .orElse("");
        }
        if (object instanceof TemporalAccessor) {
            // LocalDate and friends print ISO-8601 (2023-11-23).
            return object.toString();
        }
        return String.valueOf(object);
    }

    /**
     * Strings by Unicode code point, as the contract orders keys. Cypher's {@code ORDER BY} and
     * {@link String#compareTo} go by UTF-16 unit and put U+1F600 before U+FF21.
     */
    static final Comparator<String> CODE_POINT_ORDER = ExportService::compareCodePoints;

    /** Life-phase codes in the contract's order; a code that is no life phase after them, by code point. */
    static final Comparator<String> LIFE_PHASE_ORDER = Comparator.<String>comparingInt(
                    code -> LifePhase.ofCode(code).map(LifePhase::order).orElse(Integer.MAX_VALUE))
            .thenComparing(CODE_POINT_ORDER);

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * Passes writes through but leaves the wrapped stream open on close: the caller owns it (the HTTP
     * response, the ZIP around an entry).
     */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
