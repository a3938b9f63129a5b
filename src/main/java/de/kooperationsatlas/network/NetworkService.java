package de.kooperationsatlas.network;

import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.InputLimits;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import de.kooperationsatlas.base.KeyedService;
import de.kooperationsatlas.base.KeyedWrites;
import de.kooperationsatlas.base.RetryOnTransient;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.security.AccessGuard;
import de.kooperationsatlas.security.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
@RetryOnTransient
@Transactional(readOnly = true)
public class NetworkService extends KeyedService<NetworkDetails, NetworkDraft> {

    static final int MAX_TEXT = 64 * 1024;

    private final ActorService actors;
    private final RegionService regions;
    private final InputLimits limits;

    NetworkService(
            Neo4jClient neo4j,
            ActorService actors,
            RegionService regions,
            AccessGuard guard,
            Audit audit,
            InputLimits limits) {
        super(neo4j, audit, "network", "Network", () -> guard.require(Role.ADMIN));
        this.limits = limits;
        this.actors = actors;
        this.regions = regions;
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

    /** One network with the regions it covers and its members (by name). */
    @Override
    public Optional<NetworkDetails> find(String id) {
        return neo4j.query("""
                        MATCH (n:Network {id: $id})
                        RETURN n,
                          COLLECT { MATCH (n)-[:COVERS]->(r) RETURN r {.ags, .name} AS region ORDER BY region.ags } AS covers,
                          COLLECT { MATCH (a:Actor)-[m:MEMBER_OF]->(n)
                                    OPTIONAL MATCH (a)-[:SEATED_IN]->(seat:Municipality)
                                    RETURN {id: a.id, name: a.name, seatAgs: seat.ags, seatName: seat.name,
                                            role: m.role, since: m.since, until: m.until, updatedAt: m.updatedAt, updatedBy: m.updatedBy} AS member
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
                                            text(v.get("until")),
                                            dateTime(v.get("updatedAt")),
                                            text(v.get("updatedBy")))),
                            dateTime(n.get("createdAt")),
                            text(n.get("createdBy")),
                            dateTime(n.get("updatedAt")),
                            text(n.get("updatedBy")));
                })
                .one();
    }

    /**
     * Makes the actor a member of the network, or changes role and since of its membership; answers
     * whether the membership is new. {@code since} is a year ({@code 2023}) or an ISO date.
     */
    @Transactional
    public boolean addOrUpdateMember(String networkId, String actorId, @Nullable String role, @Nullable String since) {
        return addOrUpdateMember(networkId, actorId, role, since, null);
    }

    /**
     * Makes the actor a member, or changes role, since and until of its membership (until: it ended then;
     * an ended membership stays, and counts for dates before its end).
     */
    @Transactional
    public boolean addOrUpdateMember(
            String networkId, String actorId, @Nullable String role, @Nullable String since, @Nullable String until) {
        var network = get(networkId);
        var actor = actors.getEditable(actorId);
        String cleanRole = blankToNull(role);
        String cleanSince = blankToNull(since);
        List<Problem> problems = new ArrayList<>();
        if (cleanRole != null && cleanRole.length() > MAX_NAME) {
            problems.add(new Problem("role", "actor.error.tooLong", MAX_NAME));
        }
        problems.addAll(Dates.problems(cleanSince, until));
        KeyedWrites.requireNoProblems(problems);
        Map<String, @Nullable Object> properties = new HashMap<>();
        properties.put("role", cleanRole);
        properties.put("since", cleanSince);
        properties.put("until", blankToNull(until));
        return mergeLink(network.id(), actor.id(), "MEMBER_OF", properties);
    }

    /** Ends the actor's membership in the network; logged in the change log. */
    @Transactional
    public void removeMember(String networkId, String actorId) {
        var network = get(networkId);
        var actor = actors.getEditable(actorId);
        removeLink(network, actorId, actor.name(), "MEMBER_OF", "membership", "Membership");
    }

    @Override
    protected String deletionNote(NetworkDetails existing) {
        return existing.name() + " (" + existing.members().size() + " Mitglieder)";
    }

    @Override
    protected List<Problem> checkFields(NetworkDraft draft) {
        limits.check().list("covers", draft.covers()).require();
        List<Problem> problems = new ArrayList<>();
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

    @Override
    protected void write(NetworkDraft draft) {
        writeEntry(draft, Collections.singletonMap("description", draft.description()), "COVERS", draft.covers());
    }

    @Override
    protected NetworkDraft normalise(NetworkDraft d) {
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
}
