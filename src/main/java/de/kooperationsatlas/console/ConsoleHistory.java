package de.kooperationsatlas.console;

import de.kooperationsatlas.base.PrivateStore;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Each user's last console queries, kept as {@code (:ConsoleQuery {user, query, params, at})} nodes in
 * the private store: they survive restarts and are backed up with it, and no console query can read
 * another analyst's history (the console reaches the domain graph only).
 */
@Component
class ConsoleHistory {

    static final String LABEL = "ConsoleQuery";

    private final PrivateStore store;

    ConsoleHistory(PrivateStore store) {
        this.store = store;
    }

    /**
     * Adds a query to the user's history (an earlier run of the same query with the same parameters
     * moves up rather than showing twice) and keeps only the newest {@code size} entries.
     */
    void remember(String user, String query, String parameters, int size) {
        store.execute("""
                        OPTIONAL MATCH (same:ConsoleQuery {user: $user, query: $query, params: $params})
                        DETACH DELETE same
                        WITH count(*) AS removed
                        CREATE (:ConsoleQuery {user: $user, query: $query, params: $params, at: datetime()})
                        WITH 1 AS done
                        MATCH (q:ConsoleQuery {user: $user})
                        WITH q ORDER BY q.at DESC
                        SKIP $size
                        DETACH DELETE q""", Map.of("user", user, "query", query, "params", parameters, "size", size));
    }

    /** The user's history, newest first. */
    List<ConsoleHistoryEntry> recent(String user, int size) {
        return store.query("""
                        MATCH (q:ConsoleQuery {user: $user})
                        RETURN q.query AS query, q.params AS params, q.at AS at
                        ORDER BY q.at DESC
                        LIMIT $size""", Map.of("user", user, "size", size)).stream()
                .map(row -> new ConsoleHistoryEntry(
                        (String) row.get("query"),
                        row.get("params") instanceof String params ? params : "{}",
                        row.get("at") instanceof ZonedDateTime at ? at : ZonedDateTime.now()))
                .toList();
    }
}
