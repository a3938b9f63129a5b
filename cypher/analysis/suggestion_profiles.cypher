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
// parameters: none, $asOf (ISO date, e.g. '2023-12-31': what is active on that day)
MATCH (a:Actor)
WHERE ((a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until))))
RETURN a.id AS id, a.name AS name,
       [(a)-[:SEATED_IN]->(seat:Municipality) | seat.ags][0] AS seat,
       [(a)-[:SEATED_IN]->(seat:Municipality) | seat.location.x][0] AS x,
       [(a)-[:SEATED_IN]->(seat:Municipality) | seat.location.y][0] AS y,
       [(a)-[:ACTIVE_IN]->(p:LifePhase) | p.code] AS phases,
       [(a)-[:WORKS_ON]->(t:Topic) | t.label] AS topics,
       [(a)-[co:COOPERATES_WITH]-(b:Actor) WHERE a.id < b.id AND ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) AND ((b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))) | b.id] AS partners,
       [(a)-[:TOOK_PART_IN]->(e:Event) WHERE (e.date IS NULL OR e.date <= date(toString($asOf))) | e.id] AS events;
