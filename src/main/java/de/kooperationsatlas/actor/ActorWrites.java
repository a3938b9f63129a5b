package de.kooperationsatlas.actor;

import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.Topics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The Cypher that changes actors, apart from {@link ActorService}'s reads, rules and rights checks: it runs
 * in the service's transaction after those checks passed, and keeps the open topic vocabulary tidy.
 */
final class ActorWrites {

    private final Neo4jClient neo4j;

    ActorWrites(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Deletes the actor with all its relationships, and the topics only it worked on. */
    void delete(String id) {
        var topics = topicCodes(id);
        neo4j.query("MATCH (a:Actor {id: $id}) DETACH DELETE a")
                .bind(id)
                .to("id")
                .run();
        removeUnusedTopics(topics);
    }

    /** Writes the actor's properties and replaces its seat, served regions, life phases and topics. */
    void write(ActorDraft draft, boolean created) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", draft.id());
        params.put("name", draft.name());
        params.put("type", draft.type());
        params.put("seat", draft.seatAgs());
        params.put("serves", draft.serves());
        params.put("phases", draft.lifePhases());
        Map<String, String> topics = new LinkedHashMap<>();
        for (String label : draft.topics()) {
            topics.putIfAbsent(Topics.slug(label), label);
        }
        params.put(
                "topics",
                topics.entrySet().stream()
                        .map(e -> Map.of("code", e.getKey(), "label", e.getValue()))
                        .toList());
        params.put("website", draft.website());
        params.put("email", draft.email());
        params.put("phone", draft.phone());
        params.put("description", draft.description());
        params.put("since", draft.since());
        params.put("until", draft.until());
        params.put("by", Audit.currentActor());
        params.put("created", created);
        var replacedTopics = created ? List.<String>of() : topicCodes(draft.id());
        // A create is a CREATE against the uniqueness constraint on Actor.id, so that of two requests
        // creating the same id at once exactly one succeeds.
        neo4j.query((created
                                ? "CREATE (a:Actor {id: $id}) SET a.createdAt = datetime(), a.createdBy = $by\n"
                                : "MATCH (a:Actor {id: $id})\n")
                        + """
                        SET a.name = $name, a.type = $type, a.website = $website, a.email = $email, a.phone = $phone,
                            a.description = $description, a.since = $since, a.until = $until, a.updatedAt = datetime(), a.updatedBy = $by
                        WITH a
                        CALL (a) { MATCH (a)-[old:SEATED_IN|SERVES|ACTIVE_IN|WORKS_ON]->() DELETE old }
                        WITH a
                        MATCH (seat:Municipality {ags: $seat})
                        MERGE (a)-[:SEATED_IN]->(seat)
                        SET a.seatRetired = CASE WHEN seat.inDirectory = false THEN true ELSE null END
                        WITH a
                        CALL (a) {
                          UNWIND $serves AS ags
                          MATCH (r) WHERE (r:State OR r:District OR r:Municipality) AND r.ags = ags
                          MERGE (a)-[:SERVES]->(r)
                        }
                        CALL (a) {
                          UNWIND $phases AS code
                          MATCH (p:LifePhase {code: code})
                          MERGE (a)-[:ACTIVE_IN]->(p)
                        }
                        CALL (a) {
                          UNWIND $topics AS topic
                          MERGE (t:Topic {code: topic.code}) ON CREATE SET t.label = topic.label
                          MERGE (a)-[:WORKS_ON]->(t)
                        }""")
                .bindAll(params)
                .run();
        removeUnusedTopics(replacedTopics);
    }

    private List<String> topicCodes(String actorId) {
        return List.copyOf(neo4j.query("MATCH (:Actor {id: $id})-[:WORKS_ON]->(t:Topic) RETURN t.code")
                .bind(actorId)
                .to("id")
                .fetchAs(String.class)
                .all());
    }

    /**
     * Topics are an open vocabulary: one that no actor works on any more goes, in the same transaction
     * as the change that left it unused. The topics are locked first (a write to each), so an editor
     * adding one of them at the same moment either committed before (and the topic stays) or waits.
     */
    private void removeUnusedTopics(List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        neo4j.query("MATCH (t:Topic) WHERE t.code IN $codes SET t.label = t.label")
                .bind(codes)
                .to("codes")
                .run();
        neo4j.query("""
                        MATCH (t:Topic) WHERE t.code IN $codes AND NOT EXISTS { ()-[:WORKS_ON]->(t) }
                        DELETE t""").bind(codes).to("codes").run();
    }
}
