package de.kooperationsatlas.actor;

import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.RetryOnTransient;
import de.kooperationsatlas.security.AccessGuard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperations: one per unordered pair of actors, stored once and read undirected. An editor may
 * change a cooperation when one of its two actors is seated in the editor's regions.
 */
@Service
@Transactional
@RetryOnTransient
public class CooperationService {

    private final Neo4jClient neo4j;
    private final ActorService actors;
    private final AccessGuard guard;
    private final Audit audit;

    CooperationService(Neo4jClient neo4j, ActorService actors, AccessGuard guard, Audit audit) {
        this.neo4j = neo4j;
        this.actors = actors;
        this.guard = guard;
        this.audit = audit;
    }

    /** Creates or changes the cooperation of the pair; answers whether it was new. */
    public boolean save(String actorId, String otherId, CooperationDraft draft) {
        var actor = actors.get(actorId);
        var other = actors.find(otherId).orElseThrow(() -> new NotFoundException("actor", otherId));
        if (!guard.mayEditSeat(actor.seatAgs()) && !guard.mayEditSeat(other.seatAgs())) {
            throw new AccessDeniedException("You may not change cooperations of " + actorId);
        }
        var problems = check(actorId, otherId, draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("a", actorId);
        params.put("b", otherId);
        params.put("kind", blankToNull(draft.kind()));
        params.put("since", blankToNull(draft.since()));
        params.put("until", blankToNull(draft.until()));
        params.put("intensity", draft.intensity());
        params.put("note", blankToNull(draft.note()));
        params.put("by", Audit.currentActor());
        // An existing relationship keeps its stored direction; a new one goes from the smaller id.
        return neo4j.query("""
                        MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
                        OPTIONAL MATCH (a)-[existing:COOPERATES_WITH]-(b)
                        WITH a, b, count(existing) = 0 AS created
                        WITH CASE WHEN a.id < b.id THEN a ELSE b END AS first,
                             CASE WHEN a.id < b.id THEN b ELSE a END AS second, created
                        FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
                          CREATE (first)-[:COOPERATES_WITH {createdAt: datetime(), createdBy: $by}]->(second))
                        WITH first, second, created
                        MATCH (first)-[c:COOPERATES_WITH]-(second)
                        SET c.kind = $kind, c.since = $since, c.until = $until, c.intensity = $intensity, c.note = $note,
                            c.updatedAt = datetime(), c.updatedBy = $by
                        RETURN created LIMIT 1""").bindAll(params).fetchAs(Boolean.class).one().orElse(false);
    }

    /** Deletes the cooperation of the pair; logged in the change log. */
    public void delete(String actorId, String otherId) {
        var actor = actors.get(actorId);
        var other = actors.find(otherId).orElseThrow(() -> new NotFoundException("actor", otherId));
        if (!guard.mayEditSeat(actor.seatAgs()) && !guard.mayEditSeat(other.seatAgs())) {
            throw new AccessDeniedException("You may not change cooperations of " + actorId);
        }
        long deleted = neo4j.query("""
                        MATCH (:Actor {id: $a})-[c:COOPERATES_WITH]-(:Actor {id: $b})
                        DELETE c RETURN count(c)""")
                .bindAll(Map.of("a", actorId, "b", otherId))
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        if (deleted == 0) {
            throw new NotFoundException("cooperation", actorId + "–" + otherId);
        }
        audit.logDeletion("Cooperation", actorId + "|" + otherId, actor.name() + " – " + other.name());
    }

    static List<Problem> check(String actorId, String otherId, CooperationDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (actorId.equals(otherId)) {
            problems.add(new Problem("other", "cooperation.error.self"));
        }
        if (draft.kind() != null
                && !draft.kind().isBlank()
                && CooperationKind.ofCode(draft.kind().strip()).isEmpty()) {
            problems.add(new Problem("kind", "cooperation.error.kind", draft.kind()));
        }
        problems.addAll(Dates.problems(draft.since(), draft.until()));
        if (draft.intensity() != null && (draft.intensity() < 1 || draft.intensity() > 3)) {
            problems.add(new Problem("intensity", "cooperation.error.intensity", draft.intensity()));
        }
        if (draft.note() != null && draft.note().length() > 64 * 1024) {
            problems.add(new Problem("note", "actor.error.tooLong", 64 * 1024));
        }
        return problems;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
