// title: Scope of a transition analysis (Teilgraph für Übergänge zwischen Lebensphasen)
// description: What the app computes transition coverage from: one row per actor in scope, ordered by
//   name (code point), then id, with its phases in scope and all its cooperation partners' ids (either
//   stored direction, also outside the scope). The scope is the actors of $region, or, when $chain is
//   given, the chain's contributors with their contributed phases (their own when none are named),
//   limited to $region when that is given too. The app keeps the partners in scope and forms the
//   bridging actors and pairs in Java (AnalysisService.transitions, TransitionScope), because checking
//   each partner's region membership in Cypher takes seconds for a large state;
//   transition_coverage.cypher gives the same answer in Cypher alone.
// parameters: $region (AGS, e.g. '15085', or null with a chain), $chain (chain id, e.g. 'GERA-PK', or null)
CALL () {
  CALL () {
    MATCH (area:State) WHERE $chain IS NULL AND (area.ags STARTS WITH $region OR $region STARTS WITH area.ags) RETURN area
    UNION
    MATCH (area:District) WHERE $chain IS NULL AND (area.ags STARTS WITH $region OR $region STARTS WITH area.ags) RETURN area
    UNION
    MATCH (area:Municipality) WHERE $chain IS NULL AND area.ags STARTS WITH $region RETURN area
  }
  MATCH (a:Actor)-[:SEATED_IN|SERVES]->(area)
  RETURN DISTINCT a, [] AS contributed
  UNION
  MATCH (a:Actor)-[c:CONTRIBUTES_TO]->(:PreventionChain {id: $chain})
  WHERE $region IS NULL
     OR EXISTS { MATCH (a)-[:SEATED_IN|SERVES]->(area) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags }
  RETURN a, coalesce(c.phases, []) AS contributed
}
RETURN a.id AS id, a.name AS name,
       CASE WHEN size(contributed) = 0
            THEN COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code }
            ELSE contributed END AS phases,
       COLLECT { MATCH (a)-[:COOPERATES_WITH]-(b:Actor) RETURN DISTINCT b.id AS partner } AS partners
ORDER BY name, id;
