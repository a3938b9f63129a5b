package de.kooperationsatlas.base;

import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who changes the store: every node and cooperation records who created and last changed it; deletions go to a change log. */
@Component
public class Audit {

    private static volatile String fallbackActor = "system";

    private final Neo4jClient neo4j;

    Audit(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The name recorded for changes made outside a signed-in request (the command line sets {@code cli:<user>}). */
    public static void actAs(String name) {
        fallbackActor = name;
    }

    /** The signed-in user's name, or the fallback for start-up and command-line work. */
    public static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getName() != null
                && !"anonymousUser".equals(authentication.getName())) {
            return authentication.getName();
        }
        return fallbackActor;
    }

    /** Records a deletion (who, when, what) in the change log. */
    public void logDeletion(String kind, String key, String summary) {
        neo4j.query("""
                        CREATE (:ChangeLog {at: datetime(), by: $by, action: 'DELETE', kind: $kind, key: $key, summary: $summary})""")
                .bindAll(Map.of("by", currentActor(), "kind", kind, "key", key, "summary", summary))
                .run();
    }
}
