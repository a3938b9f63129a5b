// title: Actor profiles for collaborator suggestions (Profile aller Akteure für Kooperationsvorschläge)
// description: What the app scores collaborator suggestions from: one row per actor of the store with
//   its seat (AGS and location as x = longitude, y = latitude; null without a seat), its life phases
//   (codes), topic labels, the cooperation partners with a larger id (each cooperation once, whatever
//   the stored direction; the app adds the other direction) and events (ids). Lists may repeat an item
//   when relationships repeat; the app counts each once. Pattern comprehensions, no sorting: this runs
//   over the whole store. The app loads this once per store version (and at most for
//   atlas.analysis.cache-ttl, so writes from Bolt clients show after that time or a refresh) and scores
//   every request in Java (AnalysisService.suggestions, SuggestionIndex); collaborator_suggestions.cypher
//   gives the same answer in Cypher alone.
// parameters: none
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name,
       [(a)-[:SEATED_IN]->(seat:Municipality) | seat.ags][0] AS seat,
       [(a)-[:SEATED_IN]->(seat:Municipality) | seat.location.x][0] AS x,
       [(a)-[:SEATED_IN]->(seat:Municipality) | seat.location.y][0] AS y,
       [(a)-[:ACTIVE_IN]->(p:LifePhase) | p.code] AS phases,
       [(a)-[:WORKS_ON]->(t:Topic) | t.label] AS topics,
       [(a)-[:COOPERATES_WITH]-(b:Actor) WHERE a.id < b.id | b.id] AS partners,
       [(a)-[:TOOK_PART_IN]->(e:Event) | e.id] AS events;
