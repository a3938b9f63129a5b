// title: Actors of a network picture (Netzwerkbild: Knoten)
// description: For the given actor ids, one row per actor with what the network picture shows:
//   type, seat (key and name), life phases (in life-phase order), topics (labels, sorted) and whether
//   the actor is isolated in the contract's sense (no cooperation at all, with anyone), all at $asOf:
//   actors not active then are left out, and only active cooperations with active actors count. Which actors
//   belong to the picture (a region's, a network's members, a chain's contributors) is decided
//   before; see cypher/analysis/region_actors.cypher for a region. Ordered by name, then id.
// parameters: $ids (list of actor ids, e.g. ['HZ-GA', 'HZ-LK']), $asOf (ISO date, e.g. '2023-12-31')
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE (a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until)))
OPTIONAL MATCH (a)-[:SEATED_IN]->(seat:Municipality)
RETURN a.id AS id, a.name AS name, a.type AS type,
       seat.ags AS seatAgs, seat.name AS seatName,
       COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code ORDER BY p.order } AS phases,
       COLLECT { MATCH (a)-[:WORKS_ON]->(t:Topic) RETURN t.label ORDER BY t.label } AS topics,
       NOT EXISTS { MATCH (a)-[c:COOPERATES_WITH]-(b:Actor)
                    WHERE (c.since IS NULL OR c.since <= left(toString($asOf), size(c.since))) AND (c.until IS NULL OR c.until >= left(toString($asOf), size(c.until)))
                      AND (b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until))) } AS isolated
ORDER BY name, id;
