package de.kooperationsatlas.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Tables as CSV downloads in the exchange format's dialect (Apache Commons CSV): UTF-8 with BOM,
 * {@code ;} as delimiter, CRLF, RFC 4180 quoting where needed, and a leading apostrophe before what a
 * spreadsheet would run as a formula, so that German Excel opens them with a double-click. Headers are
 * message keys translated with the given function (a view's {@code getTranslation}); figures are
 * unrounded, with the locale's decimal separator and without grouping; lists within a cell are
 * separated by {@code |}.
 */
public final class CsvTable {

    /** The media type of the downloads. */
    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    /** {@code ;}, CRLF, quotes only where needed. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /** Separates the items of a list within one cell. */
    public static final String LIST_SEPARATOR = " | ";

    private final Function<String, String> translate;
    private final NumberFormat numbers;

    private CsvTable(Function<String, String> translate, Locale locale) {
        this.translate = translate;
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setGroupingUsed(false);
        numbers.setMaximumFractionDigits(12);
    }

    /** A writer translating headers with {@code translate}, formatting numbers for {@code locale}. */
    public static CsvTable of(Function<String, String> translate, Locale locale) {
        return new CsvTable(translate, locale);
    }

    /** The message translated (for cells such as yes/no or a sector's name). */
    public String translate(String key) {
        return translate.apply(key);
    }

    /** The table: a header of translated keys, then the rows; BOM first. */
    public byte[] table(List<String> headerKeys, List<List<String>> rows) {
        var out = new StringBuilder("\uFEFF");
        try (var printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(headerKeys.stream().map(translate).map(CsvTable::cell));
            for (var row : rows) {
                printer.printRecord(row.stream().map(CsvTable::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A number unrounded in the locale's format, empty for none. */
    public String number(@Nullable Number value) {
        return value == null ? "" : numbers.format(value);
    }

    /** "ja" or "nein" in the table's language. */
    public String yesNo(boolean value) {
        return translate.apply(value ? "analysis.csv.yes" : "analysis.csv.no");
    }

    /** What a spreadsheet would run as a formula gets a leading apostrophe. */
    static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
