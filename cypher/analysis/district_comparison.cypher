// title: District comparison (Kreisvergleich)
// description: Per district of $state (all 401 districts of Germany when $state is null): its actors
//   (an actor counts in every district it belongs to, a state-wide actor in all of the state's
//   districts), actors per 10,000 inhabitants, cooperations with both ends among those actors,
//   density 2E/(N(N-1)) (0 when N < 2), covered life phases, bridged transitions and isolated actors
//   (no cooperation with anyone). Ordered by district key. A transition p→q is bridged in a district
//   when one of its actors is active in p and in q, or active in p and cooperating with one of the
//   district's actors active in q: each actor's own phases and its partners' phases are collected
//   once, rather than searched per phase.
// parameters: $state (2-digit AGS, e.g. '15', or null), $asOf (ISO date, e.g. '2023-12-31': what is active on that day)
MATCH (d:District)-[:IN_STATE]->(s:State)
WHERE $state IS NULL OR s.ags = $state
CALL (d, s) {
  OPTIONAL MATCH (m:Municipality)-[:IN_DISTRICT]->(d)
  WITH d, s, collect(m) AS municipalities
  UNWIND municipalities + [d, s] AS area
  MATCH (a:Actor)-[:SEATED_IN|SERVES]->(area)
  WHERE ((a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until))))
  RETURN collect(DISTINCT a) AS actors
}
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[co:COOPERATES_WITH]-(b:Actor)
  WHERE a.id < b.id AND b IN actors AND ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until))))
  RETURN count(DISTINCT [a, b]) AS cooperations
}
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[:ACTIVE_IN]->(p:LifePhase)
  RETURN count(DISTINCT p) AS coveredPhases
}
CALL (actors) {
  UNWIND actors AS x
  WITH x, COLLECT { MATCH (x)-[:ACTIVE_IN]->(p:LifePhase) RETURN DISTINCT p } AS own
  WHERE size(own) > 0
  WITH x, own, COLLECT { MATCH (x)-[co:COOPERATES_WITH]-(y:Actor)-[:ACTIVE_IN]->(q:LifePhase) WHERE y IN actors AND ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) RETURN DISTINCT q } AS partners
  UNWIND own AS p
  MATCH (p)-[:NEXT]->(q:LifePhase)
  WHERE q IN own OR q IN partners
  RETURN count(DISTINCT p) AS bridgedTransitions
}
WITH d, actors, size(actors) AS n, cooperations, coveredPhases, bridgedTransitions
RETURN d.ags AS ags, d.name AS name, n AS actors,
       CASE WHEN coalesce(d.population, 0) > 0 THEN n * 10000.0 / d.population ELSE 0.0 END AS actorsPer10k,
       cooperations,
       CASE WHEN n < 2 THEN 0.0 ELSE 2.0 * cooperations / (n * (n - 1)) END AS density,
       coveredPhases, bridgedTransitions,
       size([a IN actors WHERE NOT EXISTS { MATCH (a)-[co:COOPERATES_WITH]-(b:Actor) WHERE ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) AND ((b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))) }]) AS isolated
ORDER BY ags;
