package de.kooperationsatlas.console;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Each user's last console queries, kept in the graph as {@code (:ConsoleQuery {user, query, params,
 * at})} nodes: they survive restarts and are backed up with the store, and the console itself never
 * shows that label.
 */
@Component
class ConsoleHistory {

    static final String LABEL = "ConsoleQuery";

    private final Neo4jClient neo4j;

    ConsoleHistory(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Adds a query to the user's history (an earlier run of the same query with the same parameters
     * moves up rather than showing twice) and keeps only the newest {@code size} entries.
     */
    void remember(String user, String query, String parameters, int size) {
        neo4j.query("""
                        OPTIONAL MATCH (same:ConsoleQuery {user: $user, query: $query, params: $params})
                        DETACH DELETE same
                        WITH count(*) AS removed
                        CREATE (:ConsoleQuery {user: $user, query: $query, params: $params, at: datetime()})
                        WITH 1 AS done
                        MATCH (q:ConsoleQuery {user: $user})
                        WITH q ORDER BY q.at DESC
                        SKIP $size
                        DETACH DELETE q""")
                .bindAll(Map.of("user", user, "query", query, "params", parameters, "size", size))
                .run();
    }

    /** The user's history, newest first. */
    List<ConsoleHistoryEntry> recent(String user, int size) {
        return List.copyOf(neo4j.query("""
                        MATCH (q:ConsoleQuery {user: $user})
                        RETURN q.query AS query, q.params AS params, q.at AS at
                        ORDER BY q.at DESC
                        LIMIT $size""")
                .bindAll(Map.of("user", user, "size", size))
                .fetchAs(ConsoleHistoryEntry.class)
                .mappedBy((types, record) -> new ConsoleHistoryEntry(
                        record.get("query").asString(),
                        record.get("params").asString("{}"),
                        record.get("at").asZonedDateTime(ZonedDateTime.now())))
                .all());
    }
}
