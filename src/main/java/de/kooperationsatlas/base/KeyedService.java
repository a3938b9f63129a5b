package de.kooperationsatlas.base;

import de.kooperationsatlas.base.InvalidInputException.Problem;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
 * ({@link #requireWriter()}), as the roles live above this package.
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

    /**
     * @param kind names the errors ({@code network} → {@code network.error.idTaken}, not found as {@code network})
     * @param label the node label ({@code Network}), also the change log's type; a constant of the
     *     subclass, never input, so it may stand in the Cypher text
     */
    protected KeyedService(Neo4jClient neo4j, Audit audit, String kind, String label) {
        this.neo4j = neo4j;
        this.audit = audit;
        this.kind = kind;
        this.label = label;
    }

    /** One entry with its links, or nothing. */
    public abstract Optional<D> find(String id);

    /** Refuses a user who may not create, change or delete entries of this kind. */
    protected abstract void requireWriter();

    /** The draft with blanks stripped, empty optionals as null, lists sorted. */
    protected abstract T normalise(T draft);

    /** The problems of the fields beyond id and name. */
    protected abstract List<Problem> checkFields(T draft);

    /** Creates or overwrites the entry with the draft's values and links (one {@code MERGE}). */
    protected abstract void write(T draft);

    /** What the change log keeps of a deleted entry (its name and what went with it). */
    protected abstract String deletionNote(D existing);

    public boolean exists(String id) {
        return neo4j.query("MATCH (n:" + label + " {id: $id}) RETURN count(n) > 0")
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
        requireWriter();
        var clean = normalise(draft);
        KeyedWrites.requireNewKey(clean.id(), check(clean), this::exists, kind + ".error.idTaken");
        write(clean);
        return get(clean.id());
    }

    /** Changes an entry; the id stays. */
    @Transactional
    public D update(String id, T draft) {
        requireWriter();
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
        requireWriter();
        var existing = get(id);
        audit.logDeletion(label, id, deletionNote(existing));
        KeyedWrites.detachDelete(neo4j, "MATCH (n:" + label + " {id: $id}) DETACH DELETE n", id);
    }

    /**
     * Removes an actor's link to the entry with {@code cypher} ({@code $entry} and {@code $actor} bound,
     * {@code DELETE … RETURN count(…)}) and logs it as {@code logType}; a link that was not there is a
     * {@link NotFoundException} of {@code linkKind} and {@code <entry>|<actor>}.
     */
    protected void removeLink(
            D entry, String actorId, String actorName, String cypher, String linkKind, String logType) {
        String key = entry.id() + "|" + actorId;
        KeyedWrites.deleteLink(neo4j, cypher, Map.of("entry", entry.id(), "actor", actorId), linkKind, key);
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
