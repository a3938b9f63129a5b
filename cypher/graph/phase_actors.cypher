// title: Actors per life phase (Akteure je Lebensphase)
// description: For each life phase (in life-phase order) the actors active in it, as {id, name} in
//   name order: the list behind the counts of phase_coverage.cypher, with the same scope: the actors
//   of $region, or, when $chain is given, the chain's contributors with the phases they contribute
//   (their own phases when the contribution names none), limited to $region when that is given too.
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
ORDER BY a.name, a.id
WITH collect({id: a.id, name: a.name, phases: phases}) AS scope
MATCH (p:LifePhase)
RETURN p.code AS phase, [s IN scope WHERE p.code IN s.phases | {id: s.id, name: s.name}] AS actors
ORDER BY p.order;
