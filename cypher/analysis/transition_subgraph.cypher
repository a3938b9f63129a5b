// title: Scope of a transition analysis (Teilgraph für Übergänge zwischen Lebensphasen)
// description: What the app computes transition coverage from: one row per actor in scope, ordered by
//   name (code point), then id, with its phases in scope and all its cooperation partners' ids (either
//   stored direction, also outside the scope). The scope is the actors of $region, or, when $chain is
//   given, the chain's contributors with their contributed phases (their own when none are named),
//   limited to $region when that is given too. The app keeps the partners in scope and forms the
//   bridging actors and pairs in Java (AnalysisService.transitions, TransitionScope), because checking
//   each partner's region membership in Cypher takes seconds for a large state;
//   transition_coverage.cypher gives the same answer in Cypher alone.
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
RETURN a.id AS id, a.name AS name,
       CASE WHEN size(contributed) = 0
            THEN COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code }
            ELSE contributed END AS phases,
       COLLECT { MATCH (a)-[co:COOPERATES_WITH]-(b:Actor) WHERE ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) AND ((b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))) RETURN DISTINCT b.id AS partner } AS partners
ORDER BY name, id;
