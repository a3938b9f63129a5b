package de.kooperationsatlas.base;

import de.kooperationsatlas.base.InvalidInputException.Problem;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the services of keyed admin entries (networks, chains, events) share: find, get, exists, create,
 * change and delete, with the same checks in the same order, so that a new kind of entry is a subclass
 * that names its Cypher and its own field rules. Who may write stays the subclass's business
 * (the {@code writerCheck} it passes), as the roles live above this package.
 *
 * @param <D> the entry as its detail page shows it
 * @param <T> the draft that creates or changes it
 */
@Transactional(readOnly = true)
public abstract class KeyedService<D extends KeyedDetails, T extends Keyed> {

    protected static final int MAX_NAME = 300;
    /** The same key rule as for actors: no {@code |} (the exchange format's list separator), no outer blanks. */
    protected final Neo4jClient neo4j;

    private final Audit audit;
    private final String kind;
    private final String label;
    private final Runnable writerCheck;

    /**
     * @param kind names the errors ({@code network} → {@code network.error.idTaken}, not found as {@code network})
     * @param label the node label ({@code Network}), also the change log's type; a constant of the
     *     subclass, never input, so it may stand in the Cypher text
     * @param writerCheck refuses a user who may not create, change or delete entries of this kind
     */
    protected KeyedService(Neo4jClient neo4j, Audit audit, String kind, String label, Runnable writerCheck) {
        this.neo4j = neo4j;
        this.audit = audit;
        this.kind = kind;
        this.label = label;
        this.writerCheck = writerCheck;
    }

    /** One entry with its links, or nothing. */
    public abstract Optional<D> find(String id);

    /** The draft with blanks stripped, empty optionals as null, lists sorted. */
    protected abstract T normalise(T draft);

    /** The problems of the fields beyond id and name. */
    protected abstract List<Problem> checkFields(T draft);

    /** Creates or overwrites the entry with the draft's values and links (one {@code MERGE}). */
    protected abstract void write(T draft);

    /** What the change log keeps of a deleted entry (its name and what went with it). */
    protected abstract String deletionNote(D existing);

    public boolean exists(String id) {
        return neo4j.query("MATCH (n:$($label) {id: $id}) RETURN count(n) > 0")
                .bind(label)
                .to("label")
                .bind(id)
                .to("id")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    /** One entry, or {@link NotFoundException}. */
    public D get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(kind, id));
    }

    /** Creates an entry; refuses a taken id and every broken field rule at once. */
    @Transactional
    public D create(T draft) {
        writerCheck.run();
        var clean = normalise(draft);
        KeyedWrites.requireNewKey(clean.id(), check(clean), this::exists, kind + ".error.idTaken");
        write(clean);
        return get(clean.id());
    }

    /** Changes an entry; the id stays. */
    @Transactional
    public D update(String id, T draft) {
        writerCheck.run();
        get(id);
        var clean = normalise(draft);
        KeyedWrites.requireSameKey(id, clean.id(), kind + ".error.idChanged");
        KeyedWrites.requireNoProblems(check(clean));
        write(clean);
        return get(id);
    }

    /** Deletes an entry with its links; logged in the change log. */
    @Transactional
    public void delete(String id) {
        writerCheck.run();
        var existing = get(id);
        audit.logDeletion(label, id, deletionNote(existing));
        neo4j.query("MATCH (n:$($label) {id: $id}) DETACH DELETE n")
                .bindAll(Map.of("label", label, "id", id))
                .run();
    }

    /**
     * Creates or overwrites the entry ({@code MERGE} by id): its name and {@code values} (a null value
     * removes the property), its stamps, and its {@code regionLink} relationships, replaced by ones to the
     * regions with the AGS in {@code regions}. {@code regionLink} is a constant of the subclass, never input.
     */
    protected void writeEntry(T draft, Map<String, ?> values, String regionLink, List<String> regions) {
        Map<String, @Nullable Object> properties = new HashMap<>(values);
        properties.put("name", draft.name());
        Map<String, Object> params = new HashMap<>();
        params.put("id", draft.id());
        params.put("properties", properties);
        params.put("regions", regions);
        params.put("by", Audit.currentActor());
        params.put("label", label);
        params.put("regionLink", regionLink);
        neo4j.query("""
                        MERGE (n:$($label) {id: $id})
                        ON CREATE SET n.createdAt = datetime(), n.createdBy = $by
                        SET n += $properties, n.updatedAt = datetime(), n.updatedBy = $by
                        WITH n
                        CALL (n) { MATCH (n)-[old:$($regionLink)]->() DELETE old }
                        CALL (n) {
                          UNWIND $regions AS ags
                          MATCH (r) WHERE (r:State OR r:District OR r:Municipality) AND r.ags = ags
                          MERGE (n)-[:$($regionLink)]->(r)
                        }""").bindAll(params).run();
    }

    /**
     * Links the actor to the entry by a {@code type} relationship, or changes the link: {@code properties}
     * replace the link's values and stamp it as changed. A link without values of its own (empty
     * {@code properties}) changes nothing when repeated, so only a new one is stamped. {@code type} is a
     * constant of the subclass, never input.
     *
     * @return whether the link is new
     */
    protected boolean mergeLink(String entryId, String actorId, String type, Map<String, ?> properties) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("entry", entryId);
        params.put("actor", actorId);
        params.put("properties", properties);
        params.put("by", Audit.currentActor());
        params.put("label", label);
        params.put("type", type);
        params.put("changes", !properties.isEmpty());
        return neo4j.query("""
                        MATCH (n:$($label) {id: $entry})
                        MATCH (a:Actor {id: $actor})
                        OPTIONAL MATCH (a)-[existing:$($type)]->(n)
                        WITH n, a, count(existing) = 0 AS created
                        MERGE (a)-[r:$($type)]->(n)
                        ON CREATE SET r.createdAt = datetime(), r.createdBy = $by,
                                      r.updatedAt = datetime(), r.updatedBy = $by
                        FOREACH (_ IN CASE WHEN $changes THEN [1] ELSE [] END |
                          SET r += $properties, r.updatedAt = datetime(), r.updatedBy = $by)
                        RETURN created""").bindAll(params).fetchAs(Boolean.class).one().orElse(false);
    }

    /**
     * Removes an actor's {@code type} link to the entry and logs it as {@code logType}; a link that was not
     * there is a {@link NotFoundException} of {@code linkKind} and {@code <entry>|<actor>}.
     */
    protected void removeLink(D entry, String actorId, String actorName, String type, String linkKind, String logType) {
        String key = entry.id() + "|" + actorId;
        KeyedWrites.deleteLink(
                neo4j,
                "MATCH (:Actor {id: $actor})-[r:$($type)]->(:$($label) {id: $entry}) DELETE r RETURN count(r)",
                Map.of("entry", entry.id(), "actor", actorId, "type", type, "label", label),
                linkKind,
                key);
        audit.logDeletion(logType, key, actorName + " – " + entry.name());
    }

    private List<Problem> check(T draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.id().isEmpty()) {
            problems.add(new Problem("id", "actor.error.required"));
        } else {
            TextRules.checkId("id", draft.id(), problems);
        }
        if (draft.name().isEmpty()) {
            problems.add(new Problem("name", "actor.error.required"));
        } else if (draft.name().length() > MAX_NAME) {
            problems.add(new Problem("name", "actor.error.tooLong", MAX_NAME));
        } else {
            TextRules.checkName("name", draft.name(), problems);
        }
        problems.addAll(checkFields(draft));
        return problems;
    }

    protected static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    protected static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    protected static @Nullable String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    protected static @Nullable ZonedDateTime dateTime(Value value) {
        return value.isNull() ? null : value.asZonedDateTime();
    }
}
