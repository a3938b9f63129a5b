package de.kooperationsatlas.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** Files that operating systems add to ZIPs behind the user's back; skipped, not refused. */
    private static final Set<String> SYSTEM_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    private final ImportProperties limits;
    private final ZipEntries zipEntries;

    BundleReader(ImportProperties limits) {
        this.limits = limits;
        this.zipEntries = new ZipEntries(limits);
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
        var counting = ZipEntries.counting(zip);
        try (var in = new ZipInputStream(counting)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (ZipEntries.unsafe(name)) {
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
                byte[] content = zipEntries.unpack(name, entry, in, counting, issues);
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
                        issues.add(
                                ImportIssue.ofFile(name, "import.error.entryTooLarge", name, zipEntries.mebibytes()));
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
        return CsvFileReader.read(file, bytes, limits.maxCellChars(), issues);
    }

    private static String knownFiles() {
        return Arrays.stream(ExchangeFormat.File.values())
                .map(ExchangeFormat.File::fileName)
                .collect(Collectors.joining(", "));
    }
}
