package de.kooperationsatlas.base;

import de.kooperationsatlas.base.InvalidInputException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The steps that the services of keyed things (networks, chains, events) share when they create,
 * change or delete one, or remove an actor's link to one. Who may do so stays the service's business.
 */
public final class KeyedWrites {

    private KeyedWrites() {}

    /** Refuses the input with all its problems at once, if it has any. */
    public static void requireNoProblems(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** For a create: the field checks' problems plus {@code idTakenKey} when the given id is in use already. */
    public static void requireNewKey(String id, List<Problem> checks, Predicate<String> exists, String idTakenKey) {
        var problems = new ArrayList<>(checks);
        if (!id.isEmpty() && exists.test(id)) {
            problems.add(new Problem("id", idTakenKey, id));
        }
        requireNoProblems(problems);
    }

    /** For an update: the draft must keep the id, else {@code idChangedKey}. */
    public static void requireSameKey(String id, String draftId, String idChangedKey) {
        if (!id.equals(draftId)) {
            throw new InvalidInputException("id", idChangedKey, id);
        }
    }

    /**
     * Runs a link's {@code DELETE … RETURN count(…)}; a link that was not there is a {@link
     * NotFoundException} of {@code kind} and {@code key}.
     */
    public static void deleteLink(
            Neo4jClient neo4j, String cypher, Map<String, Object> params, String kind, String key) {
        long deleted =
                neo4j.query(cypher).bindAll(params).fetchAs(Long.class).one().orElse(0L);
        if (deleted == 0) {
            throw new NotFoundException(kind, key);
        }
    }
}
