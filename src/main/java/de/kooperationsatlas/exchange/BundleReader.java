package de.kooperationsatlas.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads a bundle as spreadsheets really write it: a ZIP (with at most one top folder), a folder, or
 * single CSV files. Encoding (UTF-8 with or without BOM, else Windows-1252), delimiter ({@code ,} or
 * {@code ;}) and line breaks are detected by content; quoting is RFC 4180 (Apache Commons CSV). Each
 * record keeps the physical line where it starts. Reading never throws for bad input: every problem
 * becomes an {@link ImportIssue} naming the file.
 */
@Component
public class BundleReader {

    private static final String UTF8 = "UTF-8";
    private static final String UTF8_BOM = "UTF-8 (BOM)";
    private static final String CP1252 = "Windows-1252";
    /** Files that operating systems add to ZIPs behind the user's back; skipped, not refused. */
    private static final Set<String> SYSTEM_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    /** Below this size an entry cannot be a ZIP bomb, however well it packs. */
    private static final long BOMB_FLOOR = 1024 * 1024;

    private final ImportProperties limits;

    BundleReader(ImportProperties limits) {
        this.limits = limits;
    }

    /** A reader with the contract's default limits. */
    public static BundleReader withDefaults() {
        return new BundleReader(ImportProperties.defaults());
    }

    /** Reads a ZIP; refuses unsafe or nested entries, unknown files and entries that unpack too far. */
    public Bundle readZip(String zipName, InputStream zip) {
        List<ImportIssue> issues = new ArrayList<>();
        List<BundleFile> files = new ArrayList<>();
        Set<String> topFolders = new HashSet<>();
        var counting = new CountingInputStream(zip);
        try (var in = new ZipInputStream(counting)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (unsafe(name)) {
                    issues.add(ImportIssue.ofFile(name, "import.error.unsafePath", name));
                    continue;
                }
                List<String> parts =
                        Arrays.stream(name.split("/")).filter(p -> !p.isEmpty()).toList();
                if (parts.isEmpty() || parts.getFirst().equals("__MACOSX")) {
                    continue;
                }
                int folders = entry.isDirectory() ? parts.size() : parts.size() - 1;
                if (folders > 1) {
                    issues.add(ImportIssue.ofFile(name, "import.error.nestedFolder", name));
                    continue;
                }
                if (folders == 1) {
                    topFolders.add(parts.getFirst());
                }
                if (entry.isDirectory() || SYSTEM_FILES.contains(parts.getLast())) {
                    continue;
                }
                byte[] content = unpack(name, entry, in, counting, issues);
                if (content != null) {
                    files.add(new BundleFile(parts.getLast(), content));
                }
            }
        } catch (ZipException e) {
            issues.add(ImportIssue.ofFile(zipName, "import.error.notZip", zipName));
        } catch (IOException e) {
            issues.add(ImportIssue.ofFile(zipName, "import.error.unreadable", zipName));
        }
        if (topFolders.size() > 1) {
            issues.add(ImportIssue.ofFile(
                    zipName,
                    "import.error.severalFolders",
                    String.join(", ", topFolders.stream().sorted().toList())));
        }
        if (files.isEmpty() && issues.isEmpty()) {
            issues.add(ImportIssue.ofFile(zipName, "import.error.noFiles"));
        }
        Bundle read = readFiles(files);
        issues.addAll(read.issues());
        return new Bundle(read.tables(), issues);
    }

    /** Reads the CSV files of a folder; a sub-folder or an unknown file is a problem. */
    public Bundle readFolder(Path folder) {
        List<ImportIssue> issues = new ArrayList<>();
        List<BundleFile> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child :
                    children.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child)) {
                    issues.add(ImportIssue.ofFile(name + "/", "import.error.nestedFolder", name + "/"));
                } else if (!SYSTEM_FILES.contains(name)) {
                    if (Files.size(child) > limits.maxEntryBytes()) {
                        issues.add(ImportIssue.ofFile(name, "import.error.entryTooLarge", name, mebibytes()));
                    } else {
                        files.add(new BundleFile(name, Files.readAllBytes(child)));
                    }
                }
            }
        } catch (IOException e) {
            issues.add(ImportIssue.ofFile(folder.toString(), "import.error.unreadable", folder.toString()));
        }
        Bundle read = readFiles(files);
        issues.addAll(read.issues());
        return new Bundle(read.tables(), issues);
    }

    /**
     * Reads what a user uploaded: one ZIP (by its name or its first bytes) as a ZIP, anything else as
     * single CSV files (a ZIP among several files is then an unknown file).
     */
    public Bundle readUpload(List<BundleFile> files) {
        if (files.isEmpty()) {
            return new Bundle(List.of(), List.of(ImportIssue.ofFile("", "import.error.noFiles")));
        }
        if (files.size() == 1 && zip(files.getFirst())) {
            BundleFile only = files.getFirst();
            return readZip(only.name(), new ByteArrayInputStream(only.content()));
        }
        return readFiles(files);
    }

    private static boolean zip(BundleFile file) {
        byte[] b = file.content();
        return file.name().toLowerCase(Locale.ROOT).endsWith(".zip")
                || (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4);
    }

    /** Reads single CSV files by their names; unknown names and a file given twice are problems. */
    public Bundle readFiles(List<BundleFile> files) {
        List<ImportIssue> issues = new ArrayList<>();
        Map<ExchangeFormat.File, BundleTable> tables = new EnumMap<>(ExchangeFormat.File.class);
        for (BundleFile file : files) {
            var kind = ExchangeFormat.File.ofFileName(file.name());
            if (kind.isEmpty()) {
                issues.add(ImportIssue.ofFile(file.name(), "import.error.unknownFile", file.name(), knownFiles()));
            } else if (tables.containsKey(kind.get())) {
                issues.add(ImportIssue.ofFile(file.name(), "import.error.duplicateFile", file.name()));
            } else {
                BundleTable table = readCsv(kind.get(), file.content(), issues);
                if (table != null) {
                    tables.put(kind.get(), table);
                }
            }
        }
        return new Bundle(List.copyOf(tables.values()), issues);
    }

    /** Reads one CSV file; answers {@code null} (and adds the problem) when it cannot be read at all. */
    @org.jspecify.annotations.Nullable
    BundleTable readCsv(ExchangeFormat.File file, byte[] bytes, List<ImportIssue> issues) {
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
                    if (cell.length() > limits.maxCellChars()) {
                        issues.add(ImportIssue.at(
                                name,
                                line,
                                header.get(i),
                                "import.error.cellTooLong",
                                cell.length(),
                                limits.maxCellChars()));
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

    private static @org.jspecify.annotations.Nullable String decodeUtf8(byte[] bytes) {
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

    private static boolean unsafe(String name) {
        return name.startsWith("/")
                || name.matches("^[A-Za-z]:.*")
                || Arrays.asList(name.split("/")).contains("..");
    }

    private byte @org.jspecify.annotations.Nullable [] unpack(
            String name, ZipEntry entry, ZipInputStream in, CountingInputStream counting, List<ImportIssue> issues)
            throws IOException {
        long packedStart = counting.count();
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long unpacked = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            unpacked += n;
            if (unpacked > limits.maxEntryBytes()) {
                issues.add(ImportIssue.ofFile(name, "import.error.entryTooLarge", name, mebibytes()));
                return null;
            }
            long packed = entry.getCompressedSize() > 0
                    ? entry.getCompressedSize()
                    : Math.max(1, counting.count() - packedStart);
            if (unpacked > BOMB_FLOOR && unpacked > packed * limits.maxRatio()) {
                issues.add(ImportIssue.ofFile(name, "import.error.ratio", name, limits.maxRatio()));
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private long mebibytes() {
        return limits.maxEntryBytes() / (1024 * 1024);
    }

    private static String knownFiles() {
        return Arrays.stream(ExchangeFormat.File.values())
                .map(ExchangeFormat.File::fileName)
                .collect(Collectors.joining(", "));
    }

    /** Counts the packed bytes the ZIP reader has taken, for the packed-to-unpacked ratio. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
