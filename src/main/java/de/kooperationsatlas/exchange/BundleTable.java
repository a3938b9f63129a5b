package de.kooperationsatlas.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One CSV file of a bundle, read: what was detected, the trimmed header and the records. */
public final class BundleTable {

    private final ExchangeFormat.File file;
    private final String encoding;
    private final char delimiter;
    private final List<String> columns;
    private final List<BundleRow> rows;
    private final Map<String, Integer> indexes = new HashMap<>();

    /**
     * @param file which file of the exchange format it is
     * @param encoding {@code UTF-8}, {@code UTF-8 (BOM)} or {@code Windows-1252}
     * @param delimiter {@code ,} or {@code ;}
     * @param columns the header's names, trimmed, in file order
     * @param rows the records, without empty lines
     */
    public BundleTable(
            ExchangeFormat.File file, String encoding, char delimiter, List<String> columns, List<BundleRow> rows) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        for (int i = columns.size() - 1; i >= 0; i--) {
            // The first of two equal names wins; the repeat is reported by the validation.
            indexes.put(columns.get(i), i);
        }
    }

    public ExchangeFormat.File file() {
        return file;
    }

    public String encoding() {
        return encoding;
    }

    public char delimiter() {
        return delimiter;
    }

    public List<String> columns() {
        return columns;
    }

    public List<BundleRow> rows() {
        return rows;
    }

    /** Whether the file has this column (a missing optional column leaves stored values alone). */
    public boolean has(String column) {
        return indexes.containsKey(column);
    }

    /** The cell of this column, {@code ""} when empty, {@code null} when the file lacks the column. */
    public @Nullable String value(BundleRow row, String column) {
        Integer index = indexes.get(column);
        if (index == null) {
            return null;
        }
        return index < row.cells().size() ? row.cells().get(index) : "";
    }

    /** The cell of a column the file has (a required one): {@code ""} when empty or absent. */
    public String text(BundleRow row, String column) {
        String value = value(row, column);
        return value == null ? "" : value;
    }
}
