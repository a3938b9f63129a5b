// title: Region profile for unconnected peers (Teilgraph für Akteure mit Gemeinsamkeiten)
// description: What the app ranks unconnected peers from: one row per actor of $region, ordered by
//   name (code point), then id, with its life phases (life-phase order), topic labels (by label),
//   network ids and all its cooperation partners (either stored direction, also outside the region).
//   The pairs themselves (share a phase, do not cooperate, no common network; score = shared phases +
//   shared topics; top $limit by score, then names and ids) are ranked in Java
//   (AnalysisService.unconnectedPeers): a state of 15,000 actors has about 100 million pairs, which
//   Cypher cannot score within seconds, while bit masks in Java take well under a second.
//   unconnected_peers.cypher gives the same answer in Cypher alone, for a district or a municipality.
// parameters: $region (AGS, e.g. '15085'), $asOf (ISO date, e.g. '2023-12-31': what is active on that day)
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
RETURN a.id AS id, a.name AS name,
       COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code ORDER BY p.order } AS phases,
       COLLECT { MATCH (a)-[:WORKS_ON]->(t:Topic) RETURN DISTINCT t.label AS label ORDER BY label } AS topics,
       COLLECT { MATCH (a)-[m:MEMBER_OF]->(n:Network) WHERE ((m.since IS NULL OR m.since <= left(toString($asOf), size(m.since))) AND (m.until IS NULL OR m.until >= left(toString($asOf), size(m.until)))) RETURN DISTINCT n.id AS network } AS networks,
       COLLECT { MATCH (a)-[co:COOPERATES_WITH]-(b:Actor) WHERE ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) AND ((b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))) RETURN DISTINCT b.id AS partner } AS partners
ORDER BY name, id;
