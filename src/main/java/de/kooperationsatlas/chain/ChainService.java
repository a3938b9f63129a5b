package de.kooperationsatlas.chain;

import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.InputLimits;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import de.kooperationsatlas.base.KeyedService;
import de.kooperationsatlas.base.KeyedWrites;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.RetryOnTransient;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.security.AccessGuard;
import de.kooperationsatlas.security.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * Prevention chains (Präventionsketten) of a district or municipality and the actors contributing to
 * them. Chains are an administrator's business; a contribution may also be changed by an editor whose
 * regions hold the contributor's seat, as the contract's roles say.
 */
@Service
@RetryOnTransient
@Transactional(readOnly = true)
public class ChainService extends KeyedService<ChainDetails, ChainDraft> {

    /** A chain belongs to a district or a municipality, never to a whole state. */
    private static final Pattern REGION = Pattern.compile("\\d{5}|\\d{8}");

    private final ActorService actors;
    private final RegionService regions;
    private final InputLimits limits;

    ChainService(
            Neo4jClient neo4j,
            ActorService actors,
            RegionService regions,
            AccessGuard guard,
            Audit audit,
            InputLimits limits) {
        super(neo4j, audit, "chain", "PreventionChain", () -> guard.require(Role.ADMIN));
        this.actors = actors;
        this.regions = regions;
        this.limits = limits;
    }

    /** All chains by name, each with its region and number of contributors. */
    public List<ChainRow> list() {
        return List.copyOf(neo4j.query("""
                        MATCH (c:PreventionChain)
                        OPTIONAL MATCH (c)-[:FOR_REGION]->(r)
                        WITH c, head(collect(r {.ags, .name})) AS region
                        RETURN c.id AS id, c.name AS name, c.status AS status, region,
                               COUNT { (c)<-[:CONTRIBUTES_TO]-(:Actor) } AS contributors
                        ORDER BY c.name, c.id""")
                .fetchAs(ChainRow.class)
                .mappedBy((types, r) -> new ChainRow(
                        r.get("id").asString(),
                        r.get("name").asString(""),
                        text(r.get("status")),
                        regionRef(r.get("region")),
                        r.get("contributors").asLong()))
                .all());
    }

    /** One chain with its region and contributors (by name). */
    @Override
    public Optional<ChainDetails> find(String id) {
        return neo4j.query("""
                        MATCH (c:PreventionChain {id: $id})
                        OPTIONAL MATCH (c)-[:FOR_REGION]->(r)
                        WITH c, head(collect(r {.ags, .name})) AS region
                        RETURN c, region,
                          COLLECT { MATCH (a:Actor)-[k:CONTRIBUTES_TO]->(c)
                                    OPTIONAL MATCH (a)-[:SEATED_IN]->(seat:Municipality)
                                    RETURN {id: a.id, name: a.name, seatAgs: seat.ags, seatName: seat.name,
                                            phases: coalesce(k.phases, []),
                                            own: COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code ORDER BY p.order },
                                            updatedAt: k.updatedAt, updatedBy: k.updatedBy} AS contributor
                                    ORDER BY contributor.name, contributor.id } AS contributors""")
                .bind(id)
                .to("id")
                .fetchAs(ChainDetails.class)
                .mappedBy((types, r) -> {
                    var c = r.get("c").asNode();
                    return new ChainDetails(
                            c.get("id").asString(),
                            c.get("name").asString(""),
                            text(c.get("status")),
                            regionRef(r.get("region")),
                            r.get("contributors")
                                    .asList(v -> new ChainDetails.Contributor(
                                            v.get("id").asString(),
                                            v.get("name").asString(""),
                                            v.get("seatAgs").asString(""),
                                            v.get("seatName").asString(""),
                                            inPhaseOrder(v.get("phases").asList(Value::asString)),
                                            v.get("own").asList(Value::asString),
                                            dateTime(v.get("updatedAt")),
                                            text(v.get("updatedBy")))),
                            dateTime(c.get("createdAt")),
                            text(c.get("createdBy")),
                            dateTime(c.get("updatedAt")),
                            text(c.get("updatedBy")));
                })
                .one();
    }

    /**
     * Makes the actor a contributor of the chain, or changes the phases it contributes; answers whether
     * the contribution is new. {@code phases} are life-phase codes; an empty list means the actor's own
     * phases. A contribution may name phases the actor itself lacks.
     */
    @Transactional
    public boolean addOrUpdateContributor(String chainId, String actorId, List<String> phases) {
        limits.check().list("phases", phases).require();
        var chain = get(chainId);
        var actor = actors.getEditable(actorId);
        var clean = inPhaseOrder(
                phases.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<Problem> problems = new ArrayList<>();
        for (String code : clean) {
            if (LifePhase.ofCode(code).isEmpty()) {
                problems.add(new Problem("phases", "actor.error.phase", code));
            }
        }
        KeyedWrites.requireNoProblems(problems);
        return mergeLink(chain.id(), actor.id(), "CONTRIBUTES_TO", Map.of("phases", clean));
    }

    /** Removes the actor from the chain; logged in the change log. */
    @Transactional
    public void removeContributor(String chainId, String actorId) {
        var chain = get(chainId);
        var actor = actors.getEditable(actorId);
        removeLink(chain, actorId, actor.name(), "CONTRIBUTES_TO", "contribution", "Contribution");
    }

    @Override
    protected String deletionNote(ChainDetails existing) {
        return existing.name() + " ("
                + (existing.region() == null ? "–" : existing.region().name()) + ", "
                + existing.contributors().size() + " Beteiligte)";
    }

    @Override
    protected List<Problem> checkFields(ChainDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.status() != null && ChainStatus.ofCode(draft.status()).isEmpty()) {
            problems.add(new Problem("status", "chain.error.status", draft.status()));
        }
        if (draft.regionAgs().isEmpty()) {
            problems.add(new Problem("regionAgs", "actor.error.required"));
        } else if (!REGION.matcher(draft.regionAgs()).matches()) {
            problems.add(new Problem("regionAgs", "chain.error.regionFormat", draft.regionAgs()));
        } else if (!regions.exists(draft.regionAgs())) {
            problems.add(new Problem("regionAgs", "actor.error.regionUnknown", draft.regionAgs()));
        }
        return problems;
    }

    @Override
    protected void write(ChainDraft draft) {
        writeEntry(draft, Collections.singletonMap("status", draft.status()), "FOR_REGION", List.of(draft.regionAgs()));
    }

    @Override
    protected ChainDraft normalise(ChainDraft d) {
        return new ChainDraft(strip(d.id()), strip(d.name()), blankToNull(d.status()), strip(d.regionAgs()));
    }

    /** Distinct codes in life-phase order; unknown codes go last, in their given order. */
    static List<String> inPhaseOrder(List<String> codes) {
        return codes.stream()
                .distinct()
                .sorted(Comparator.comparingInt(
                        code -> LifePhase.ofCode(code).map(LifePhase::order).orElse(100)))
                .toList();
    }

    private static @Nullable RegionRef regionRef(Value region) {
        if (region.isNull()) {
            return null;
        }
        String ags = region.get("ags").asString();
        return new RegionRef(
                ags, region.get("name").asString(""), RegionLevel.ofKey(ags).orElse(RegionLevel.MUNICIPALITY));
    }
}
