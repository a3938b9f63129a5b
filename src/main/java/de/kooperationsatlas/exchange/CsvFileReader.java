package de.kooperationsatlas.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads one CSV file as spreadsheets write it: encoding (UTF-8 with or without BOM, else
 * Windows-1252), delimiter ({@code ,} or {@code ;}) and line breaks detected by content, RFC 4180
 * quoting (Apache Commons CSV), each record with the physical line where it starts.
 */
final class CsvFileReader {

    private static final String UTF8 = "UTF-8";
    private static final String UTF8_BOM = "UTF-8 (BOM)";
    private static final String CP1252 = "Windows-1252";

    private CsvFileReader() {}

    /** Reads one CSV file; answers {@code null} (and adds the problem) when it cannot be read at all. */
    static @Nullable BundleTable read(
            ExchangeFormat.File file, byte[] bytes, int maxCellChars, List<ImportIssue> issues) {
        String name = file.fileName();
        String encoding;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            encoding = UTF8_BOM;
            text = decodeUtf8(Arrays.copyOfRange(bytes, 3, bytes.length));
            if (text == null) {
                issues.add(ImportIssue.ofFile(name, "import.error.badUtf8", name));
                return null;
            }
        } else {
            text = decodeUtf8(bytes);
            encoding = UTF8;
            if (text == null) {
                text = new String(bytes, Charset.forName("windows-1252"));
                encoding = CP1252;
            }
        }
        if (text.isBlank()) {
            issues.add(ImportIssue.ofFile(name, "import.error.empty", name));
            return null;
        }
        char delimiter = delimiter(text);
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<String> header = null;
        List<BundleRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, record.getCharacterPosition());
                List<String> cells = new ArrayList<>(record.size());
                for (String raw : record) {
                    cells.add(raw.strip());
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    // A line of empty cells, as spreadsheets write below the data.
                    continue;
                }
                if (cells.size() > header.size()
                        && !cells.subList(header.size(), cells.size()).stream().allMatch(String::isEmpty)) {
                    issues.add(
                            ImportIssue.at(name, line, null, "import.error.tooManyCells", cells.size(), header.size()));
                }
                List<String> values = new ArrayList<>(Math.min(cells.size(), header.size()));
                for (int i = 0; i < cells.size() && i < header.size(); i++) {
                    String cell = cells.get(i);
                    if (cell.length() > maxCellChars) {
                        issues.add(ImportIssue.at(
                                name, line, header.get(i), "import.error.cellTooLong", cell.length(), maxCellChars));
                        cell = "";
                    }
                    values.add(ExchangeFormat.unescapeCell(cell));
                }
                rows.add(new BundleRow(line, values));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            issues.add(ImportIssue.ofFile(
                    name, "import.error.quoting", name, String.valueOf(brokenLine(text, lineStarts))));
            return null;
        } catch (IOException e) {
            issues.add(ImportIssue.ofFile(name, "import.error.unreadable", name));
            return null;
        }
        if (header == null) {
            issues.add(ImportIssue.ofFile(name, "import.error.empty", name));
            return null;
        }
        return new BundleTable(file, encoding, delimiter, header, rows);
    }

    private static @Nullable String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The delimiter of the header line: the more frequent of {@code ;} and {@code ,} outside quotes. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The offsets where physical lines start: after every LF, CRLF or lone CR. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The 1-based physical line holding this character offset. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The line where a quote opens that is never closed, for the message. */
    private static int brokenLine(String text, int[] lineStarts) {
        boolean quoted = false;
        int opened = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted;
                if (quoted) {
                    opened = i;
                }
            }
        }
        return lineOf(lineStarts, quoted ? opened : text.length() - 1);
    }
}
