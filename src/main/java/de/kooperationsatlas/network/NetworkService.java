package de.kooperationsatlas.network;

import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.CooperationService;
import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.InputLimits;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import de.kooperationsatlas.base.KeyedWrites;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.RetryOnTransient;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.security.AccessGuard;
import de.kooperationsatlas.security.Role;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Networks (Netzwerke): the regions they cover and their members. Networks themselves are an
 * administrator's business; a membership may also be changed by an editor whose regions hold the
 * member's seat, as the contract's roles say.
 */
@Service
@Transactional(readOnly = true)
@RetryOnTransient
public class NetworkService {

    static final int MAX_NAME = 300;
    static final int MAX_TEXT = 64 * 1024;
    /** The same key rule as for actors: no {@code |} (the exchange format's list separator), no outer blanks. */
    private static final Pattern ID = Pattern.compile("[^|\\s](?:[^|]{0,98}[^|\\s])?");

    private final Neo4jClient neo4j;
    private final ActorService actors;
    private final RegionService regions;
    private final AccessGuard guard;
    private final Audit audit;
    private final InputLimits limits;

    NetworkService(
            Neo4jClient neo4j,
            ActorService actors,
            RegionService regions,
            AccessGuard guard,
            Audit audit,
            InputLimits limits) {
        this.neo4j = neo4j;
        this.actors = actors;
        this.regions = regions;
        this.guard = guard;
        this.audit = audit;
        this.limits = limits;
    }

    /** All networks by name, each with its number of members and the regions it covers. */
    public List<NetworkRow> list() {
        return List.copyOf(neo4j.query("""
                        MATCH (n:Network)
                        RETURN n.id AS id, n.name AS name, n.description AS description,
                               COUNT { (n)<-[:MEMBER_OF]-(:Actor) } AS members,
                               COLLECT { MATCH (n)-[:COVERS]->(r) RETURN r {.ags, .name} AS region ORDER BY region.ags } AS covers
                        ORDER BY n.name, n.id""")
                .fetchAs(NetworkRow.class)
                .mappedBy((types, r) -> new NetworkRow(
                        r.get("id").asString(),
                        r.get("name").asString(""),
                        text(r.get("description")),
                        r.get("members").asLong(),
                        regionRefs(r.get("covers"))))
                .all());
    }

    public boolean exists(String id) {
        return neo4j.query("MATCH (n:Network {id: $id}) RETURN count(n) > 0")
                .bind(id)
                .to("id")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    /** One network with the regions it covers and its members (by name). */
    public Optional<NetworkDetails> find(String id) {
        return neo4j.query("""
                        MATCH (n:Network {id: $id})
                        RETURN n,
                          COLLECT { MATCH (n)-[:COVERS]->(r) RETURN r {.ags, .name} AS region ORDER BY region.ags } AS covers,
                          COLLECT { MATCH (a:Actor)-[m:MEMBER_OF]->(n)
                                    OPTIONAL MATCH (a)-[:SEATED_IN]->(seat:Municipality)
                                    RETURN {id: a.id, name: a.name, seatAgs: seat.ags, seatName: seat.name,
                                            role: m.role, since: m.since, updatedAt: m.updatedAt, updatedBy: m.updatedBy} AS member
                                    ORDER BY member.name, member.id } AS members""")
                .bind(id)
                .to("id")
                .fetchAs(NetworkDetails.class)
                .mappedBy((types, r) -> {
                    var n = r.get("n").asNode();
                    return new NetworkDetails(
                            n.get("id").asString(),
                            n.get("name").asString(""),
                            text(n.get("description")),
                            regionRefs(r.get("covers")),
                            r.get("members")
                                    .asList(v -> new NetworkDetails.Member(
                                            v.get("id").asString(),
                                            v.get("name").asString(""),
                                            v.get("seatAgs").asString(""),
                                            v.get("seatName").asString(""),
                                            text(v.get("role")),
                                            text(v.get("since")),
                                            dateTime(v.get("updatedAt")),
                                            text(v.get("updatedBy")))),
                            dateTime(n.get("createdAt")),
                            text(n.get("createdBy")),
                            dateTime(n.get("updatedAt")),
                            text(n.get("updatedBy")));
                })
                .one();
    }

    /** One network, or {@link NotFoundException}. */
    public NetworkDetails get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("network", id));
    }

    /** Creates a network; refuses a taken id, unknown regions and every broken field rule at once. Admins only. */
    @Transactional
    public NetworkDetails create(NetworkDraft draft) {
        guard.require(Role.ADMIN);
        limits.check().list("covers", draft.covers()).require();
        var clean = normalise(draft);
        KeyedWrites.requireNewKey(clean.id(), check(clean), this::exists, "network.error.idTaken");
        write(clean);
        return get(clean.id());
    }

    /** Changes name, description and covered regions; the id stays. Admins only. */
    @Transactional
    public NetworkDetails update(String id, NetworkDraft draft) {
        guard.require(Role.ADMIN);
        limits.check().list("covers", draft.covers()).require();
        get(id);
        var clean = normalise(draft);
        KeyedWrites.requireSameKey(id, clean.id(), "network.error.idChanged");
        KeyedWrites.requireNoProblems(check(clean));
        write(clean);
        return get(id);
    }

    /** Deletes a network with its memberships and coverage; logged in the change log. Admins only. */
    @Transactional
    public void delete(String id) {
        guard.require(Role.ADMIN);
        var existing = get(id);
        audit.logDeletion(
                "Network", id, existing.name() + " (" + existing.members().size() + " Mitglieder)");
        KeyedWrites.detachDelete(neo4j, "MATCH (n:Network {id: $id}) DETACH DELETE n", id);
    }

    /**
     * Makes the actor a member of the network, or changes role and since of its membership; answers
     * whether the membership is new. {@code since} is a year ({@code 2023}) or an ISO date.
     */
    @Transactional
    public boolean addOrUpdateMember(String networkId, String actorId, @Nullable String role, @Nullable String since) {
        var network = get(networkId);
        var actor = actors.get(actorId);
        guard.requireEditSeat(actor.seatAgs());
        String cleanRole = blankToNull(role);
        String cleanSince = blankToNull(since);
        List<Problem> problems = new ArrayList<>();
        if (cleanRole != null && cleanRole.length() > MAX_NAME) {
            problems.add(new Problem("role", "actor.error.tooLong", MAX_NAME));
        }
        if (cleanSince != null && !CooperationService.validSince(cleanSince)) {
            problems.add(new Problem("since", "cooperation.error.since", cleanSince));
        }
        KeyedWrites.requireNoProblems(problems);
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.id());
        params.put("actor", actor.id());
        params.put("role", cleanRole);
        params.put("since", cleanSince);
        params.put("by", Audit.currentActor());
        return neo4j.query("""
                        MATCH (n:Network {id: $network})
                        MATCH (a:Actor {id: $actor})
                        OPTIONAL MATCH (a)-[existing:MEMBER_OF]->(n)
                        WITH n, a, count(existing) = 0 AS created
                        MERGE (a)-[m:MEMBER_OF]->(n)
                        ON CREATE SET m.createdAt = datetime(), m.createdBy = $by
                        SET m.role = $role, m.since = $since, m.updatedAt = datetime(), m.updatedBy = $by
                        RETURN created""").bindAll(params).fetchAs(Boolean.class).one().orElse(false);
    }

    /** Ends the actor's membership in the network; logged in the change log. */
    @Transactional
    public void removeMember(String networkId, String actorId) {
        var network = get(networkId);
        var actor = actors.get(actorId);
        guard.requireEditSeat(actor.seatAgs());
        String key = networkId + "|" + actorId;
        KeyedWrites.deleteLink(neo4j, """
                        MATCH (:Actor {id: $actor})-[m:MEMBER_OF]->(:Network {id: $network})
                        DELETE m RETURN count(m)""", Map.of("network", networkId, "actor", actorId), "membership", key);
        audit.logDeletion("Membership", key, actor.name() + " – " + network.name());
    }

    /** Whether the current user may change memberships of an actor seated there (for the UI; the service checks again). */
    public boolean mayEditMember(String seatAgs) {
        return guard.mayEditSeat(seatAgs);
    }

    private List<Problem> check(NetworkDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.id().isEmpty()) {
            problems.add(new Problem("id", "actor.error.required"));
        } else if (!ID.matcher(draft.id()).matches()) {
            problems.add(new Problem("id", "actor.error.id"));
        }
        if (draft.name().isEmpty()) {
            problems.add(new Problem("name", "actor.error.required"));
        } else if (draft.name().length() > MAX_NAME) {
            problems.add(new Problem("name", "actor.error.tooLong", MAX_NAME));
        }
        if (draft.description() != null && draft.description().length() > MAX_TEXT) {
            problems.add(new Problem("description", "actor.error.tooLong", MAX_TEXT));
        }
        for (String ags : draft.covers()) {
            if (RegionLevel.ofKey(ags).isEmpty()) {
                problems.add(new Problem("covers", "actor.error.regionFormat", ags));
            } else if (!regions.exists(ags)) {
                problems.add(new Problem("covers", "actor.error.regionUnknown", ags));
            }
        }
        return problems;
    }

    private void write(NetworkDraft draft) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", draft.id());
        params.put("name", draft.name());
        params.put("description", draft.description());
        params.put("covers", draft.covers());
        params.put("by", Audit.currentActor());
        neo4j.query("""
                        MERGE (n:Network {id: $id})
                        ON CREATE SET n.createdAt = datetime(), n.createdBy = $by
                        SET n.name = $name, n.description = $description, n.updatedAt = datetime(), n.updatedBy = $by
                        WITH n
                        CALL (n) { MATCH (n)-[old:COVERS]->() DELETE old }
                        CALL (n) {
                          UNWIND $covers AS ags
                          MATCH (r) WHERE (r:State OR r:District OR r:Municipality) AND r.ags = ags
                          MERGE (n)-[:COVERS]->(r)
                        }""").bindAll(params).run();
    }

    private static NetworkDraft normalise(NetworkDraft d) {
        return new NetworkDraft(
                strip(d.id()),
                strip(d.name()),
                blankToNull(d.description()),
                d.covers().stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .sorted()
                        .toList());
    }

    static List<RegionRef> regionRefs(Value list) {
        return list.asList(v -> new RegionRef(
                v.get("ags").asString(),
                v.get("name").asString(""),
                RegionLevel.ofKey(v.get("ags").asString()).orElse(RegionLevel.MUNICIPALITY)));
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static @Nullable ZonedDateTime dateTime(Value value) {
        return value.isNull() ? null : value.asZonedDateTime();
    }
}
