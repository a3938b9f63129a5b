package de.kooperationsatlas.base;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An offline copy of the data folder's stores and secrets, taken and put back while the app is stopped:
 * the embedded domain store ({@code neo4j/}, when the app runs without {@code NEO4J_URI}), the private
 * store ({@code private/}: users, console history, import journal) and the secrets ({@code atlas-secret}
 * encrypts the password hashes, {@code neo4j-password} is the Bolt password). A cleanly stopped Neo4j
 * store folder is self-contained, so a copy opens anywhere. Logs are left out.
 */
public final class StoreBackup {

    /** What a backup holds, relative to the data folder. */
    public static final List<String> PARTS = List.of("neo4j", PrivateStore.FOLDER, "atlas-secret", "neo4j-password");

    private StoreBackup() {}

    /**
     * Copies the stores and secrets of {@code data} into {@code target} (new or empty); answers the parts
     * copied.
     *
     * @throws IllegalStateException when a store is held by a running process or the target is not empty
     */
    public static List<String> backup(Path data, Path target) throws IOException {
        requireStopped(data);
        requireEmpty(target);
        Files.createDirectories(target);
        return copyParts(data, target);
    }

    /**
     * Copies a backup into {@code data}, which must hold no store yet (a new data folder); answers the
     * parts restored.
     */
    public static List<String> restore(Path backup, Path data) throws IOException {
        if (!Files.isDirectory(backup.resolve(PrivateStore.FOLDER))) {
            throw new IllegalStateException("not a backup (no " + PrivateStore.FOLDER + "/ folder): " + backup);
        }
        for (String part : PARTS) {
            if (Files.exists(data.resolve(part))) {
                throw new IllegalStateException("the data folder already holds " + data.resolve(part));
            }
        }
        Files.createDirectories(data);
        return copyParts(backup, data);
    }

    private static List<String> copyParts(Path from, Path to) throws IOException {
        List<String> copied = new ArrayList<>();
        for (String part : PARTS) {
            Path source = from.resolve(part);
            if (Files.exists(source)) {
                copy(source, to.resolve(part));
                copied.add(part);
            }
        }
        return copied;
    }

    /** Refuses while a process holds one of the stores (the running app would change them mid-copy). */
    public static void requireStopped(Path data) throws IOException {
        for (String store : List.of("neo4j", PrivateStore.FOLDER)) {
            Path lock = data.resolve(store).resolve("data").resolve("databases").resolve("store_lock");
            if (Files.isRegularFile(lock) && held(lock)) {
                throw new IllegalStateException("a running process holds " + data.resolve(store));
            }
        }
    }

    /** Whether another process (or this one) holds the store lock file {@code lock}. */
    public static boolean held(Path lock) throws IOException {
        try (var channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static void requireEmpty(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException("the backup folder is not empty: " + target);
                }
            }
        } else if (Files.exists(target)) {
            throw new IllegalStateException("not a folder: " + target);
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        if (Files.isRegularFile(source)) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = source.relativize(dir);
                if (relative.getNameCount() == 1 && relative.toString().equals("logs")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(relative.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // The lock files are recreated by the store; copying them would only copy a stale lock.
                if (!file.getFileName().toString().equals("store_lock")
                        && !file.getFileName().toString().equals("database_lock")) {
                    Files.copy(
                            file,
                            target.resolve(source.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
