package de.kooperationsatlas.actor;

import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.InputLimits;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import de.kooperationsatlas.base.KeyTakenException;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.RetryOnTransient;
import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.security.AccessGuard;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actors (Akteure): listed, read, created, changed and deleted. Region rights are checked here, on the
 * server, for every change.
 */
@Service
@Transactional(readOnly = true)
@RetryOnTransient
public class ActorService {

    /** The contract's rule: one of the actor's areas (seat or served region) contains the region or lies in it. */
    static final String BELONGS_TO_REGION = """
            EXISTS { MATCH (a)-[:SEATED_IN|SERVES]->(area)
                     WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags }""";

    private static final String FILTER = """
            MATCH (a:Actor)-[:SEATED_IN]->(seat:Municipality)
            WHERE ($region IS NULL OR %s)
              AND ($type IS NULL OR a.type = $type)
              AND ($phase IS NULL OR EXISTS { (a)-[:ACTIVE_IN]->(:LifePhase {code: $phase}) })
              AND ($topic IS NULL OR EXISTS { MATCH (a)-[:WORKS_ON]->(t:Topic) WHERE t.code = $topic })
              AND ($text IS NULL OR toLower(a.name) CONTAINS $text OR toLower(a.id) CONTAINS $text)
            """.formatted(BELONGS_TO_REGION);

    private final Neo4jClient neo4j;
    private final RegionService regions;
    private final AccessGuard guard;
    private final Audit audit;
    private final InputLimits limits;
    private final ActorWrites writes;

    ActorService(Neo4jClient neo4j, RegionService regions, AccessGuard guard, Audit audit, InputLimits limits) {
        this.neo4j = neo4j;
        this.regions = regions;
        this.guard = guard;
        this.audit = audit;
        this.limits = limits;
        this.writes = new ActorWrites(neo4j);
    }

    /** One page of actors matching the filter, ordered by name then id. */
    public List<ActorRow> search(ActorFilter filter, int offset, int limit) {
        var params = parameters(filter);
        params.put("offset", offset);
        params.put("limit", limit);
        return List.copyOf(neo4j.query(FILTER + """
                        WITH a, seat ORDER BY a.name, a.id SKIP $offset LIMIT $limit
                        RETURN a.id AS id, a.name AS name, a.type AS type, seat.ags AS seatAgs, seat.name AS seatName,
                               COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code ORDER BY p.order } AS phases""")
                .bindAll(params)
                .fetchAs(ActorRow.class)
                .mappedBy((types, r) -> new ActorRow(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        r.get("type").asString(),
                        r.get("seatAgs").asString(),
                        r.get("seatName").asString(),
                        r.get("phases").asList(Value::asString)))
                .all());
    }

    /** How many actors match the filter. */
    public long count(ActorFilter filter) {
        return neo4j.query(FILTER + "RETURN count(a)")
                .bindAll(parameters(filter))
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
    }

    private static Map<String, Object> parameters(ActorFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("region", emptyToNull(filter.region()));
        params.put("type", emptyToNull(filter.type()));
        params.put("phase", emptyToNull(filter.phase()));
        params.put("topic", filter.topic() == null || filter.topic().isBlank() ? null : Topics.slug(filter.topic()));
        params.put(
                "text",
                filter.text() == null || filter.text().isBlank()
                        ? null
                        : filter.text().strip().toLowerCase());
        return params;
    }

    public boolean exists(String id) {
        return neo4j.query("MATCH (a:Actor {id: $id}) RETURN count(a) > 0")
                .bind(id)
                .to("id")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    /** One actor with everything around it. */
    public Optional<ActorDetails> find(String id) {
        return neo4j.query("""
                        MATCH (a:Actor {id: $id})-[:SEATED_IN]->(seat:Municipality)
                        RETURN a, seat.ags AS seatAgs, seat.name AS seatName,
                          COLLECT { MATCH (a)-[:SERVES]->(r) RETURN r {.ags, .name} AS r ORDER BY r.ags } AS serves,
                          COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code ORDER BY p.order } AS phases,
                          COLLECT { MATCH (a)-[:WORKS_ON]->(t:Topic) RETURN t.label ORDER BY t.label } AS topics,
                          COLLECT { MATCH (a)-[m:MEMBER_OF]->(n:Network)
                                    RETURN {id: n.id, name: n.name, role: m.role, since: m.since, until: m.until} AS n ORDER BY n.name, n.id } AS networks,
                          COLLECT { MATCH (a)-[c:COOPERATES_WITH]-(o:Actor)
                                    RETURN {actor: o.id, name: o.name, kind: c.kind, since: c.since, until: c.until, intensity: c.intensity, note: c.note} AS c
                                    ORDER BY o.name, o.id } AS cooperations,
                          COLLECT { MATCH (a)-[:TOOK_PART_IN]->(e:Event)
                                    RETURN {id: e.id, name: e.name, date: e.date} AS e ORDER BY e.date, e.id } AS events""")
                .bind(id)
                .to("id")
                .fetchAs(ActorDetails.class)
                .mappedBy((types, r) -> {
                    var a = r.get("a").asNode();
                    return new ActorDetails(
                            a.get("id").asString(),
                            a.get("name").asString(),
                            a.get("type").asString(),
                            r.get("seatAgs").asString(),
                            r.get("seatName").asString(),
                            r.get("serves")
                                    .asList(v -> new ActorDetails.Area(
                                            v.get("ags").asString(),
                                            v.get("name").asString())),
                            r.get("phases").asList(Value::asString),
                            r.get("topics").asList(Value::asString),
                            text(a.get("website")),
                            text(a.get("email")),
                            text(a.get("phone")),
                            text(a.get("description")),
                            text(a.get("since")),
                            text(a.get("until")),
                            r.get("networks")
                                    .asList(v -> new ActorDetails.Membership(
                                            v.get("id").asString(),
                                            v.get("name").asString(),
                                            text(v.get("role")),
                                            text(v.get("since")),
                                            text(v.get("until")))),
                            r.get("cooperations")
                                    .asList(v -> new ActorDetails.Cooperation(
                                            v.get("actor").asString(),
                                            v.get("name").asString(),
                                            text(v.get("kind")),
                                            text(v.get("since")),
                                            text(v.get("until")),
                                            v.get("intensity").isNull()
                                                    ? null
                                                    : v.get("intensity").asLong(),
                                            text(v.get("note")))),
                            r.get("events")
                                    .asList(v -> new ActorDetails.EventRef(
                                            v.get("id").asString(),
                                            v.get("name").asString(),
                                            v.get("date").isNull()
                                                    ? null
                                                    : v.get("date").asLocalDate())),
                            dateTime(a.get("createdAt")),
                            text(a.get("createdBy")),
                            dateTime(a.get("updatedAt")),
                            text(a.get("updatedBy")));
                })
                .one();
    }

    public ActorDetails get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("actor", id));
    }

    /** Creates an actor; refuses a taken id and every broken field rule at once. */
    @Transactional
    public ActorDetails create(ActorDraft draft) {
        requireWithinLimits(draft);
        var clean = normalise(draft);
        var problems = check(clean, null);
        boolean taken = !ActorValidation.blank(clean.id()) && exists(clean.id());
        if (taken && problems.isEmpty()) {
            throw new KeyTakenException("id", "actor.error.idTaken", clean.id());
        }
        if (!problems.isEmpty()) {
            // Every broken rule at once, a taken id among them, so a form marks all its fields.
            var all = new ArrayList<>(problems);
            if (taken) {
                all.add(new Problem("id", "actor.error.idTaken", clean.id()));
            }
            throw new InvalidInputException(all);
        }
        guard.requireEditSeat(clean.seatAgs());
        try {
            writes.write(clean, true);
        } catch (DataIntegrityViolationException e) {
            // Another request created the same id since the check above: the uniqueness constraint
            // refused this CREATE (a MERGE would have quietly changed the other request's actor).
            throw new KeyTakenException("id", "actor.error.idTaken", clean.id());
        }
        return get(clean.id());
    }

    /** Changes an actor; the editor needs rights for the old and the new seat. */
    @Transactional
    public ActorDetails update(String id, ActorDraft draft) {
        requireWithinLimits(draft);
        var existing = get(id);
        var clean = normalise(draft);
        if (!id.equals(clean.id())) {
            throw new InvalidInputException("id", "actor.error.idChanged", id);
        }
        guard.requireEditSeat(existing.seatAgs());
        var problems = check(clean, existing.seatAgs());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        guard.requireEditSeat(clean.seatAgs());
        writes.write(clean, false);
        return get(id);
    }

    /** Deletes an actor with its cooperations, memberships, contributions and participations; logged. */
    @Transactional
    public void delete(String id) {
        var existing = get(id);
        guard.requireEditSeat(existing.seatAgs());
        audit.logDeletion(
                "Actor",
                id,
                existing.name() + " (" + existing.seatName() + ", "
                        + existing.cooperations().size() + " Kooperationen)");
        writes.delete(id);
    }

    /** The sizes first: a body with a million topics is refused before it is normalised or checked. */
    private void requireWithinLimits(ActorDraft draft) {
        limits.check()
                .list("serves", draft.serves())
                .list("lifePhases", draft.lifePhases())
                .list("topics", draft.topics())
                .text("website", draft.website())
                .text("email", draft.email())
                .text("phone", draft.phone())
                .require();
    }

    /** Whether the current user may change this actor (for the UI; the service checks again). */
    public boolean mayEdit(ActorDetails actor) {
        return guard.mayEditSeat(actor.seatAgs());
    }

    /**
     * The actor, once the current user may change what it is linked to (memberships, contributions,
     * participations): its seat lies in the editor's regions.
     */
    public ActorDetails getEditable(String id) {
        var actor = get(id);
        guard.requireEditSeat(actor.seatAgs());
        return actor;
    }

    /** Whether the current user may create actors seated there, or change their links. */
    public boolean mayEditSeat(String seatAgs) {
        return guard.mayEditSeat(seatAgs);
    }

    /** Actor ids and names whose name or id contains the text, for pickers. */
    public List<ActorRow> lookup(String text, int limit) {
        return search(new ActorFilter(null, null, null, null, text), 0, limit);
    }

    /** All topics as labels, by label. */
    public List<String> topicLabels() {
        return List.copyOf(neo4j.query("MATCH (t:Topic) RETURN t.label ORDER BY t.label")
                .fetchAs(String.class)
                .all());
    }

    private List<Problem> check(ActorDraft draft, @Nullable String currentSeat) {
        var problems = new ArrayList<>(ActorValidation.check(draft));
        if (problems.stream().noneMatch(p -> p.field().equals("seatAgs"))) {
            if (regions.find(draft.seatAgs()).isEmpty()) {
                problems.add(new Problem("seatAgs", "actor.error.seatUnknown", draft.seatAgs()));
            } else if (!draft.seatAgs().equals(currentSeat) && regions.retired(draft.seatAgs())) {
                // An actor already seated in a retired municipality keeps it until someone moves it.
                problems.add(new Problem("seatAgs", "actor.error.seatRetired", draft.seatAgs()));
            }
        }
        for (String area : draft.serves()) {
            if (problems.stream()
                            .noneMatch(
                                    p -> p.field().equals("serves") && p.args().contains(area))
                    && !regions.exists(area)) {
                problems.add(new Problem("serves", "actor.error.regionUnknown", area));
            }
        }
        return problems;
    }

    private static ActorDraft normalise(ActorDraft d) {
        List<String> phases = d.lifePhases().stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(
                        code -> LifePhase.ofCode(code).map(LifePhase::order).orElse(100)))
                .toList();
        return new ActorDraft(
                strip(d.id()),
                strip(d.name()),
                strip(d.type()),
                strip(d.seatAgs()),
                d.serves().stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList(),
                phases,
                d.topics().stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList(),
                emptyToNull(d.website()),
                emptyToNull(d.email()),
                emptyToNull(d.phone()),
                emptyToNull(d.description()),
                emptyToNull(d.since()),
                emptyToNull(d.until()));
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static @Nullable ZonedDateTime dateTime(Value value) {
        return value.isNull() ? null : value.asZonedDateTime();
    }

    static @Nullable LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
