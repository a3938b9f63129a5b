package de.kooperationsatlas.exchange;

import java.util.List;

/**
 * A bundle as read: the CSV files that could be read, in the exchange format's order, and the problems
 * of reading (unknown files, unsafe ZIP entries, unreadable or empty files).
 *
 * @param tables the readable files
 * @param issues problems found while reading
 */
public record Bundle(List<BundleTable> tables, List<ImportIssue> issues) {

    public Bundle {
        tables = List.copyOf(tables);
        issues = List.copyOf(issues);
    }
}
