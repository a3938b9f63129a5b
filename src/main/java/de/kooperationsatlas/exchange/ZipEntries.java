package de.kooperationsatlas.exchange;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The safety rules of unpacking a ZIP: no entry outside the folder ({@code ../}, absolute paths), none
 * larger than the limit, none that unpacks more than the allowed ratio (a ZIP bomb).
 */
final class ZipEntries {

    /** Below this size an entry cannot be a ZIP bomb, however well it packs. */
    private static final long BOMB_FLOOR = 1024 * 1024;

    private final ImportProperties limits;

    ZipEntries(ImportProperties limits) {
        this.limits = limits;
    }

    /** Counts what the ZIP reader takes from this stream. */
    static CountingInputStream counting(InputStream zip) {
        return new CountingInputStream(zip);
    }

    static boolean unsafe(String name) {
        return name.startsWith("/")
                || name.matches("^[A-Za-z]:.*")
                || Arrays.asList(name.split("/")).contains("..");
    }

    /** The entry's bytes, or {@code null} (and the problem added) when it unpacks too large or too far. */
    byte @Nullable [] unpack(
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

    /** The entry limit in MiB, for messages. */
    long mebibytes() {
        return limits.maxEntryBytes() / (1024 * 1024);
    }

    /** Counts the packed bytes the ZIP reader has taken, for the packed-to-unpacked ratio. */
    static final class CountingInputStream extends FilterInputStream {

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
