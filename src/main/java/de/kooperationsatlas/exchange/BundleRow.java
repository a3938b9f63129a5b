package de.kooperationsatlas.exchange;

import java.util.List;

/**
 * One record of a CSV file: the physical line where it starts (the header is line 1) and its cells,
 * trimmed and unescaped, in the order of the file's header.
 *
 * @param line the physical line where the record starts
 * @param cells the cells; a record may have fewer cells than the header (missing ones are empty)
 */
public record BundleRow(int line, List<String> cells) {}
