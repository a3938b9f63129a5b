// title: Actor profiles for collaborator suggestions (Profile aller Akteure für Kooperationsvorschläge)
// description: What the app scores collaborator suggestions from: one row per actor of the store with
//   its seat (AGS and location as x = longitude, y = latitude; null without a seat), its life phases
//   (codes in life-phase order), topic labels, all cooperation partners (ids, either stored direction)
//   and events (ids). The app loads this once per store version (and at most for
//   atlas.analysis.cache-ttl, so writes from Bolt clients show after that time or a refresh) and scores
//   every request in Java (AnalysisService.suggestions, SuggestionIndex); collaborator_suggestions.cypher
//   gives the same answer in Cypher alone.
// parameters: none
MATCH (a:Actor)
OPTIONAL CALL (a) {
  MATCH (a)-[:SEATED_IN]->(seat:Municipality)
  RETURN seat LIMIT 1
}
RETURN a.id AS id, a.name AS name, seat.ags AS seat, seat.location.x AS x, seat.location.y AS y,
       COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase) RETURN p.code ORDER BY p.order } AS phases,
       COLLECT { MATCH (a)-[:WORKS_ON]->(t:Topic) RETURN DISTINCT t.label AS label } AS topics,
       COLLECT { MATCH (a)-[:COOPERATES_WITH]-(b:Actor) RETURN DISTINCT b.id AS partner } AS partners,
       COLLECT { MATCH (a)-[:TOOK_PART_IN]->(e:Event) RETURN DISTINCT e.id AS event } AS events;
