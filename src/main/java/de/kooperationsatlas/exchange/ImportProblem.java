package de.kooperationsatlas.exchange;

import org.jspecify.annotations.Nullable;

/**
 * One problem of an import as the user sees it: which file, which physical line (the header is line
 * 1), which column (the header's name) and what is wrong. Problems of a whole file name the file alone.
 *
 * @param file the file's name, e.g. {@code actors.csv}
 * @param line the physical line where the record starts, or {@code null} for the whole file
 * @param column the column's name, or {@code null} for the whole file or record
 * @param message what is wrong and, where possible, what was probably meant
 */
public record ImportProblem(
        String file, @Nullable Integer line, @Nullable String column, String message) {}
