// title: Cooperation subgraph for brokers (Betweenness)
// description: The undirected cooperation graph induced by the region's actors: one row per actor of
//   the region (also one without any cooperation, so it counts as a node), with the ids of its
//   cooperation partners that have a larger id (each edge once, whatever the stored direction), also
//   those outside the region: the app keeps the partners that are rows themselves (the induced graph),
//   which is cheaper than checking each partner's areas in Cypher. In cypher-shell, the edges of the
//   induced graph are the pairs (id, partner) where partner is also an id of the answer. The betweenness centrality itself is computed in Java (AnalysisService, exact Brandes,
//   normalised 2/((n-1)(n-2))), because Cypher alone cannot do it fast enough.
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
       COLLECT { MATCH (a)-[co:COOPERATES_WITH]-(b:Actor)
                 WHERE a.id < b.id AND ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) AND ((b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until))))
                 RETURN DISTINCT b.id AS partner ORDER BY partner } AS partners
ORDER BY id;
