package de.kooperationsatlas.exchange;

/**
 * One file of a bundle as it arrived: its name (without folders) and its raw bytes.
 *
 * @param name the file name, e.g. {@code actors.csv}
 * @param content the bytes, in whatever encoding the spreadsheet wrote
 */
public record BundleFile(String name, byte[] content) {}
