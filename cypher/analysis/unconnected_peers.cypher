// title: Unconnected peers (Akteure mit Gemeinsamkeiten ohne Kooperation)
// description: Pairs of the region's actors that share at least one life phase, do not cooperate
//   (in either stored direction) and are not members of a common network. Score = shared phases +
//   shared topics; ranked by score (descending), then by the two names and ids. In each pair `a` is
//   the actor whose name sorts first (then id). Shared phases in life-phase order, topics by label.
//   Cypher alone: fine for a district or a municipality (seconds at most), too slow for a state with
//   100 million pairs; the app fetches unconnected_peers_subgraph.cypher and ranks in Java instead,
//   with the same answer.
// parameters: $region (AGS, e.g. '15085'), $limit (maximum number of pairs, e.g. 50), $asOf (ISO date, e.g. '2023-12-31': what is active on that day)
CALL () {
  MATCH (area:State) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags RETURN area
  UNION
  MATCH (area:District) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags RETURN area
  UNION
  MATCH (area:Municipality) WHERE area.ags STARTS WITH $region RETURN area
}
MATCH (a:Actor)-[:SEATED_IN|SERVES]->(area)
WITH DISTINCT a
WHERE ((a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until))))
// Pairs are formed per life phase among the region's actors only, never with the whole store.
MATCH (a)-[:ACTIVE_IN]->(p:LifePhase)
WITH p, collect(DISTINCT a) AS active
UNWIND active AS a
UNWIND active AS b
WITH p, a, b
WHERE a.name < b.name OR (a.name = b.name AND a.id < b.id)
WITH a, b, collect(p.code) AS phaseCodes
WHERE NOT EXISTS { MATCH (a)-[co:COOPERATES_WITH]-(b) WHERE ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) }
  AND NOT EXISTS { MATCH (a)-[ma:MEMBER_OF]->(:Network)<-[mb:MEMBER_OF]-(b) WHERE ((ma.since IS NULL OR ma.since <= left(toString($asOf), size(ma.since))) AND (ma.until IS NULL OR ma.until >= left(toString($asOf), size(ma.until)))) AND ((mb.since IS NULL OR mb.since <= left(toString($asOf), size(mb.since))) AND (mb.until IS NULL OR mb.until >= left(toString($asOf), size(mb.until)))) }
WITH a, b,
     COLLECT { MATCH (p:LifePhase) WHERE p.code IN phaseCodes RETURN p.code ORDER BY p.order } AS sharedPhases,
     COLLECT { MATCH (a)-[:WORKS_ON]->(t:Topic)<-[:WORKS_ON]-(b) RETURN DISTINCT t.label AS label ORDER BY label } AS sharedTopics
WITH a, b, sharedPhases, sharedTopics, size(sharedPhases) + size(sharedTopics) AS score
RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName, sharedPhases, sharedTopics, score
ORDER BY score DESC, aName, a, bName, b
LIMIT $limit;
