package de.kooperationsatlas.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The contract's exchange format: one folder or ZIP of CSV files, each with its columns, the required
 * ones, and how cells are written. Import and export both follow this one description.
 */
public final class ExchangeFormat {

    /** Separates the values of a list cell. */
    public static final String LIST_SEPARATOR = "|";

    /** The longest cell accepted (configurable limits live in the importer; this is the contract's default). */
    public static final int MAX_CELL = 64 * 1024;

    /** The files of a bundle, in the order they are written and validated. */
    public enum File {
        ACTORS(
                "actors.csv",
                List.of(
                        "id",
                        "name",
                        "type",
                        "seat_ags",
                        "serves",
                        "life_phases",
                        "topics",
                        "website",
                        "email",
                        "phone",
                        "description",
                        "since",
                        "until"),
                Set.of("id", "name", "type", "seat_ags"),
                List.of("id")),
        COOPERATIONS(
                "cooperations.csv",
                List.of("actor_a", "actor_b", "kind", "since", "until", "intensity", "note"),
                Set.of("actor_a", "actor_b"),
                List.of("actor_a", "actor_b")),
        NETWORKS("networks.csv", List.of("id", "name", "covers", "description"), Set.of("id", "name"), List.of("id")),
        MEMBERSHIPS(
                "memberships.csv",
                List.of("network_id", "actor_id", "role", "since", "until"),
                Set.of("network_id", "actor_id"),
                List.of("network_id", "actor_id")),
        CHAINS(
                "chains.csv",
                List.of("id", "name", "region_ags", "status"),
                Set.of("id", "name", "region_ags"),
                List.of("id")),
        CHAIN_CONTRIBUTIONS(
                "chain_contributions.csv",
                List.of("chain_id", "actor_id", "life_phases"),
                Set.of("chain_id", "actor_id"),
                List.of("chain_id", "actor_id")),
        EVENTS(
                "events.csv",
                List.of("id", "name", "date", "municipality_ags"),
                Set.of("id", "name", "date", "municipality_ags"),
                List.of("id")),
        PARTICIPATIONS(
                "participations.csv",
                List.of("event_id", "actor_id"),
                Set.of("event_id", "actor_id"),
                List.of("event_id", "actor_id"));

        private final String fileName;
        private final List<String> columns;
        private final Set<String> required;
        private final List<String> key;

        File(String fileName, List<String> columns, Set<String> required, List<String> key) {
            this.fileName = fileName;
            this.columns = columns;
            this.required = required;
            this.key = key;
        }

        /** The file's name in a bundle, e.g. {@code actors.csv}. */
        public String fileName() {
            return fileName;
        }

        /** Every column, in the order export writes them. */
        public List<String> columns() {
            return columns;
        }

        /** The columns a present file must have. */
        public Set<String> required() {
            return required;
        }

        /** The key columns; export sorts rows by them in code-point order. */
        public List<String> key() {
            return key;
        }

        public static Optional<File> ofFileName(String name) {
            return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
        }
    }

    private ExchangeFormat() {}

    /**
     * A cell as export writes it: a value that a spreadsheet would run as a formula (starting with
     * {@code =}, {@code +}, {@code -}, {@code @}, tab or CR) gets a leading apostrophe (OWASP's advice
     * on CSV injection), which {@link #unescapeCell} removes again on import.
     */
    public static String escapeCell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        // A value that already starts with an apostrophe gets one more, so the round trip keeps it.
        return formula || first == '\'' ? "'" + value : value;
    }

    /** The value of a cell as import reads it: the inverse of {@link #escapeCell}. */
    public static String unescapeCell(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'') {
            char second = cell.charAt(1);
            if (second == '='
                    || second == '+'
                    || second == '-'
                    || second == '@'
                    || second == '\t'
                    || second == '\r'
                    || second == '\'') {
                return cell.substring(1);
            }
        }
        return cell;
    }
}
