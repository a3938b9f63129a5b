package de.kooperationsatlas.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/** The app's data folder: the embedded store and small secret files readable by their owner only. */
public final class DataFolder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    public DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + this.root, e);
        }
        // The store's files hold every actor's contact data: the folder is its owner's alone (0700),
        // which also covers the files Neo4j creates later with the process's umask.
        restrictToOwner(this.root, false);
    }

    /**
     * Makes a folder (and with {@code deep} everything below it) readable by its owner only: folders
     * 0700, files 0600. Does nothing where the file system has no POSIX rights (Windows).
     */
    public static void restrictToOwner(Path path, boolean deep) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || !Files.exists(path)) {
            return;
        }
        try {
            if (!deep) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
                return;
            }
            try (var paths = Files.walk(path)) {
                for (Path p : (Iterable<Path>) paths::iterator) {
                    if (Files.isSymbolicLink(p)) {
                        continue;
                    }
                    Files.setPosixFilePermissions(
                            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A file Neo4j rotated away meanwhile, or a folder we do not own: the root's 0700 still holds.
            org.slf4j.LoggerFactory.getLogger(DataFolder.class)
                    .warn("Could not restrict the rights of {}: {}", path, e.getMessage());
        }
    }

    public Path root() {
        return root;
    }

    public Path resolve(String name) {
        return root.resolve(name);
    }

    public Optional<String> readSecret(String name) {
        Path file = resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Writes a secret so that only the owner can read it (where the file system knows POSIX rights). */
    public void writeSecret(String name, String value) {
        Path file = resolve(name);
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.deleteIfExists(file);
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** A random password of 24 characters from an alphabet without look-alikes. */
    public static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    public static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
