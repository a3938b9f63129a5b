package de.kooperationsatlas.exchange;

import de.kooperationsatlas.exchange.ExchangeFormat.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A validated bundle as typed rows, one record per file's row, with lists split, dates parsed, chain
 * states as codes and region keys complete: what {@link ImportValidator} hands to {@link ImportWriter},
 * which then reads no raw cell. A file the bundle lacks is {@code null}.
 *
 * <p>Optional columns keep the contract's three states: a missing column leaves the stored value alone
 * (the field is {@code null}), an empty cell clears it ({@link Cell} holding {@code null}, or an empty
 * list), anything else sets it.
 */
record ImportRows(
        @Nullable Table<Actor> actors,
        @Nullable Table<Cooperation> cooperations,
        @Nullable Table<Network> networks,
        @Nullable Table<Membership> memberships,
        @Nullable Table<Chain> chains,
        @Nullable Table<Contribution> contributions,
        @Nullable Table<Event> events,
        @Nullable Table<Participation> participations) {

    /** One file's rows, in file order, and the columns its header has. */
    record Table<R>(File file, Set<String> columns, List<R> rows) {

        Table {
            columns = Set.copyOf(columns);
            rows = List.copyOf(rows);
        }

        boolean has(String column) {
            return columns.contains(column);
        }
    }

    /** The cell of an optional column the file has; {@code value} is {@code null} for an empty cell. */
    record Cell<T>(@Nullable T value) {}

    /** A row of {@code actors.csv}; {@code topics} as labelled, {@code phases} as codes. */
    record Actor(
            int line,
            String id,
            String name,
            String type,
            String seat,
            @Nullable List<String> serves,
            @Nullable List<String> phases,
            @Nullable List<String> topics,
            @Nullable Cell<String> website,
            @Nullable Cell<String> email,
            @Nullable Cell<String> phone,
            @Nullable Cell<String> description,
            @Nullable Cell<String> since,
            @Nullable Cell<String> until) {}

    /** A row of {@code cooperations.csv}. */
    record Cooperation(
            int line,
            String a,
            String b,
            @Nullable Cell<String> kind,
            @Nullable Cell<String> since,
            @Nullable Cell<String> until,
            @Nullable Cell<Long> intensity,
            @Nullable Cell<String> note) {}

    /** A row of {@code networks.csv}. */
    record Network(
            int line,
            String id,
            String name,
            @Nullable List<String> covers,
            @Nullable Cell<String> description) {}

    /** A row of {@code memberships.csv}. */
    record Membership(
            int line,
            String network,
            String actor,
            @Nullable Cell<String> role,
            @Nullable Cell<String> since,
            @Nullable Cell<String> until) {}

    /** A row of {@code chains.csv}; {@code status} as its code, whether it came as code or German label. */
    record Chain(
            int line,
            String id,
            String name,
            String region,
            @Nullable Cell<String> status) {}

    /** A row of {@code chain_contributions.csv}; an empty phase list means the actor's own phases. */
    record Contribution(
            int line, String chain, String actor, @Nullable List<String> phases) {}

    /** A row of {@code events.csv}. */
    record Event(int line, String id, String name, LocalDate date, String place) {}

    /** A row of {@code participations.csv}. */
    record Participation(int line, String event, String actor) {}
}
