// title: Collaborator suggestions (Kooperationsvorschläge) for an actor
// description: Every other actor of the whole store that does not cooperate with $actor yet (either
//   stored direction) and passes the filters (active in $phase, working on $topic, seat within
//   $radiusKm of the actor's seat), scored 3·shared topics + 2·shared phases + common cooperation
//   partners + common events + 1 when both seats lie in the same district; only scores above 0.
//   Distances are point.distance between the seats' locations in km; a seat without a location has
//   distanceKm null, is never within a radius and sorts after every distance. Highest score first,
//   then distance, then name (code point), then id.
//   How it stays fast on 100,000 actors: the score is summed from what A has (its topics, phases,
//   partners' partners, events, the actors seated in its district: every actor with a score above 0
//   is reached that way) instead of scoring every actor of the store; distances are computed only for
//   candidates that can still make the list (score at least the $limit-th best), and a radius is
//   turned into the set of municipalities within it once.
//   The app does not run this file: it scores in Java (AnalysisService.suggestions, SuggestionIndex)
//   from a snapshot of every actor's profile (suggestion_profiles.cypher) kept per store version, which
//   answers in milliseconds; a test checks that both give the same rows. This file is the definition
//   for cypher-shell.
// parameters: $actor (actor id, e.g. 'HZ-GA'), $phase (life phase code or null), $topic (topic code or null), $radiusKm (km or null), $limit (e.g. 20), $asOf (ISO date, e.g. '2023-12-31': what is active on that day)
MATCH (a:Actor {id: $actor})-[:SEATED_IN]->(seat:Municipality)
WHERE ((a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until))))
WITH a, seat,
     CASE WHEN $radiusKm IS NULL THEN null
          ELSE COLLECT { MATCH (m:Municipality) WHERE point.distance(seat.location, m.location) / 1000.0 <= $radiusKm RETURN m.ags }
     END AS near
CALL (a, seat) {
  MATCH (a)-[:WORKS_ON]->(t:Topic)<-[:WORKS_ON]-(b:Actor)
  WITH DISTINCT b, t
  RETURN b, 3 AS points
  UNION ALL
  MATCH (a)-[:ACTIVE_IN]->(:LifePhase)<-[:ACTIVE_IN]-(b:Actor)
  RETURN b, 2 AS points
  UNION ALL
  MATCH (a)-[ac:COOPERATES_WITH]-(c:Actor)-[cb:COOPERATES_WITH]-(b:Actor)
  WHERE ((ac.since IS NULL OR ac.since <= left(toString($asOf), size(ac.since))) AND (ac.until IS NULL OR ac.until >= left(toString($asOf), size(ac.until)))) AND ((c.since IS NULL OR c.since <= left(toString($asOf), size(c.since))) AND (c.until IS NULL OR c.until >= left(toString($asOf), size(c.until)))) AND ((cb.since IS NULL OR cb.since <= left(toString($asOf), size(cb.since))) AND (cb.until IS NULL OR cb.until >= left(toString($asOf), size(cb.until))))
  WITH DISTINCT b, c
  RETURN b, 1 AS points
  UNION ALL
  MATCH (a)-[:TOOK_PART_IN]->(e:Event)<-[:TOOK_PART_IN]-(b:Actor)
  WHERE (e.date IS NULL OR e.date <= date(toString($asOf)))
  WITH DISTINCT b, e
  RETURN b, 1 AS points
  UNION ALL
  MATCH (m:Municipality) WHERE m.ags STARTS WITH left(seat.ags, 5)
  MATCH (b:Actor)-[:SEATED_IN]->(m)
  RETURN b, 1 AS points
}
WITH a, seat, near, b, sum(points) AS score
WHERE b <> a
  AND ((b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until))))
  AND NOT EXISTS { MATCH (a)-[co:COOPERATES_WITH]-(b) WHERE ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) }
  AND ($phase IS NULL OR EXISTS { (b)-[:ACTIVE_IN]->(:LifePhase {code: $phase}) })
  AND ($topic IS NULL OR EXISTS { (b)-[:WORKS_ON]->(:Topic {code: $topic}) })
  AND (near IS NULL OR EXISTS { MATCH (b)-[:SEATED_IN]->(m:Municipality) WHERE m.ags IN near })
WITH a, seat, collect({b: b, score: score}) AS candidates
WITH a, seat, candidates,
     COLLECT { UNWIND candidates AS c RETURN c.score AS s ORDER BY s DESC LIMIT $limit } AS best
UNWIND candidates AS c
WITH a, seat, c.b AS b, c.score AS score
WHERE score >= best[-1]
MATCH (b)-[:SEATED_IN]->(bSeat:Municipality)
WITH a, seat, b, bSeat, score, point.distance(seat.location, bSeat.location) / 1000.0 AS distanceKm
ORDER BY score DESC, distanceKm, b.name, b.id
LIMIT $limit
RETURN b.id AS id, b.name AS name, score, distanceKm,
     COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase)<-[:ACTIVE_IN]-(b) RETURN p.code ORDER BY p.order } AS sharedPhases,
     COLLECT { MATCH (a)-[:WORKS_ON]->(t:Topic)<-[:WORKS_ON]-(b) RETURN DISTINCT t.label AS label ORDER BY label } AS sharedTopics,
     COLLECT { MATCH (a)-[ac:COOPERATES_WITH]-(c:Actor)-[cb:COOPERATES_WITH]-(b) WHERE ((ac.since IS NULL OR ac.since <= left(toString($asOf), size(ac.since))) AND (ac.until IS NULL OR ac.until >= left(toString($asOf), size(ac.until)))) AND ((c.since IS NULL OR c.since <= left(toString($asOf), size(c.since))) AND (c.until IS NULL OR c.until >= left(toString($asOf), size(c.until)))) AND ((cb.since IS NULL OR cb.since <= left(toString($asOf), size(cb.since))) AND (cb.until IS NULL OR cb.until >= left(toString($asOf), size(cb.until)))) RETURN DISTINCT c.id AS id ORDER BY id } AS commonPartners,
     COLLECT { MATCH (a)-[:TOOK_PART_IN]->(e:Event)<-[:TOOK_PART_IN]-(b) WHERE (e.date IS NULL OR e.date <= date(toString($asOf))) RETURN DISTINCT e.id AS id ORDER BY id } AS commonEvents,
     left(seat.ags, 5) = left(bSeat.ags, 5) AS sameDistrict
ORDER BY score DESC, distanceKm, name, id;
