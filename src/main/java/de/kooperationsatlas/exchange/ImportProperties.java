package de.kooperationsatlas.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The import's limits, bound from {@code atlas.import.*}; the defaults are the contract's.
 *
 * @param maxCellChars the longest cell accepted, in characters (64 KiB)
 * @param maxEntryBytes the largest ZIP entry, unpacked (256 MiB)
 * @param maxRatio how many times its packed size a ZIP entry may grow when unpacked (100)
 * @param batchSize rows per batch: one {@code UNWIND} statement per step, one transaction per batch
 */
@ConfigurationProperties("atlas.import")
public record ImportProperties(
        @DefaultValue("65536") int maxCellChars,
        @DefaultValue("268435456") long maxEntryBytes,
        @DefaultValue("100") int maxRatio,
        @DefaultValue("10000") int batchSize) {

    /** The contract's defaults, for code that runs without Spring (tests, command line). */
    public static ImportProperties defaults() {
        return new ImportProperties(64 * 1024, 256L * 1024 * 1024, 100, 10_000);
    }
}
