// title: Transition coverage (Übergänge zwischen Lebensphasen)
// description: For each of the eight transitions p→q (consecutive life phases): the actors active in
//   both p and q, and every cooperating pair with one actor active in p and the other in q (listed also
//   when a single actor bridges the transition; each pair once, smaller id as `a`). Actors come as
//   {id, name} in name order, pairs in the name order of `a`, then by the id of `b`. A transition is
//   bridged when either list is non-empty. Works on the actors of $region, or, when $chain is given,
//   on the chain's contributors with their contributed phases (their own when none are named), limited
//   to $region when that is given too. Cooperations are read undirected. The pairs are gathered with a
//   subquery in scope order rather than by appending to a list (quadratic in the region's size).
//   The app does not run this file: it fetches the scope with transition_subgraph.cypher and forms the
//   actors and pairs in Java (AnalysisService.transitions, TransitionScope), which is several times
//   faster for a large state; a test checks that both give the same rows. This file is the definition
//   for cypher-shell.
// parameters: $region (AGS, e.g. '15085', or null with a chain), $chain (chain id, e.g. 'GERA-PK', or null), $asOf (ISO date, e.g. '2023-12-31': what is active on that day)
CALL () {
  CALL () {
    MATCH (area:State) WHERE $chain IS NULL AND (area.ags STARTS WITH $region OR $region STARTS WITH area.ags) RETURN area
    UNION
    MATCH (area:District) WHERE $chain IS NULL AND (area.ags STARTS WITH $region OR $region STARTS WITH area.ags) RETURN area
    UNION
    MATCH (area:Municipality) WHERE $chain IS NULL AND area.ags STARTS WITH $region RETURN area
  }
  MATCH (a:Actor)-[:SEATED_IN|SERVES]->(area)
  WHERE ((a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until))))
  RETURN DISTINCT a, [] AS contributed
  UNION
  MATCH (a:Actor)-[c:CONTRIBUTES_TO]->(:PreventionChain {id: $chain})
  WHERE ((a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until))))
    AND ($region IS NULL
     OR EXISTS { MATCH (a)-[:SEATED_IN|SERVES]->(area) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags })
  RETURN a, coalesce(c.phases, []) AS contributed
}
WITH a, CASE WHEN size(contributed) = 0
             THEN COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code }
             ELSE contributed END AS phases
// The partners in scope with a larger id, each with its phases in scope, so every pair appears once.
CALL (a) {
  MATCH (a)-[co:COOPERATES_WITH]-(b:Actor)
  WHERE a.id < b.id AND ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) AND ((b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until))))
  OPTIONAL MATCH (b)-[cb:CONTRIBUTES_TO]->(:PreventionChain {id: $chain})
  WITH DISTINCT b, cb
  WHERE CASE WHEN $chain IS NULL THEN true ELSE cb IS NOT NULL END
    AND ($region IS NULL
         OR EXISTS { MATCH (b)-[:SEATED_IN|SERVES]->(area) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags })
  WITH b, coalesce(cb.phases, []) AS contributed ORDER BY b.id
  RETURN collect({id: b.id, name: b.name,
                  phases: CASE WHEN size(contributed) = 0
                               THEN COLLECT { MATCH (b)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code }
                               ELSE contributed END}) AS partners
}
WITH a, phases, partners ORDER BY a.name, a.id
WITH collect({id: a.id, name: a.name, phases: phases, partners: partners}) AS scope
MATCH (p:LifePhase)-[:NEXT]->(q:LifePhase)
WITH p, q, scope ORDER BY p.order
WITH p, q,
     [s IN scope WHERE p.code IN s.phases AND q.code IN s.phases | {id: s.id, name: s.name}] AS actors,
     COLLECT {
       UNWIND range(0, size(scope) - 1) AS i
       WITH scope[i] AS s, i
       UNWIND range(0, size(s.partners) - 1) AS j
       WITH s, s.partners[j] AS t, i, j
       WHERE (p.code IN s.phases AND q.code IN t.phases) OR (q.code IN s.phases AND p.code IN t.phases)
       RETURN {a: {id: s.id, name: s.name}, b: {id: t.id, name: t.name}} AS pair ORDER BY i, j
     } AS pairs
RETURN p.code AS from, q.code AS to, size(actors) > 0 OR size(pairs) > 0 AS bridged, actors, pairs
ORDER BY p.order;
