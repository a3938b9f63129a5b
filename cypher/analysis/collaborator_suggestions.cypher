// title: Collaborator suggestions (Kooperationsvorschläge) for an actor
// description: Every other actor of the whole store that does not cooperate with $actor yet (either
//   stored direction) and passes the filters (active in $phase, working on $topic, seat within
//   $radiusKm of the actor's seat), scored 3·shared topics + 2·shared phases + common cooperation
//   partners + common events + 1 when both seats lie in the same district; only scores above 0.
//   Distances are point.distance between the seats' locations in km; a seat without a location has
//   distanceKm null, is never within a radius and sorts after every distance. Highest score first,
//   then distance, then name (code point), then id.
// parameters: $actor (actor id, e.g. 'HZ-GA'), $phase (life phase code or null), $topic (topic code or null), $radiusKm (km or null), $limit (e.g. 20)
MATCH (a:Actor {id: $actor})-[:SEATED_IN]->(seat:Municipality)
MATCH (b:Actor)-[:SEATED_IN]->(bSeat:Municipality)
WHERE b <> a
  AND NOT EXISTS { (a)-[:COOPERATES_WITH]-(b) }
  AND ($phase IS NULL OR EXISTS { (b)-[:ACTIVE_IN]->(:LifePhase {code: $phase}) })
  AND ($topic IS NULL OR EXISTS { (b)-[:WORKS_ON]->(:Topic {code: $topic}) })
WITH a, b, bSeat, left(seat.ags, 5) = left(bSeat.ags, 5) AS sameDistrict,
     point.distance(seat.location, bSeat.location) / 1000.0 AS distanceKm
WHERE $radiusKm IS NULL OR (distanceKm IS NOT NULL AND distanceKm <= $radiusKm)
WITH a, b, sameDistrict, distanceKm,
     COLLECT { MATCH (a)-[:ACTIVE_IN]->(p:LifePhase)<-[:ACTIVE_IN]-(b) RETURN p.code ORDER BY p.order } AS sharedPhases,
     COLLECT { MATCH (a)-[:WORKS_ON]->(t:Topic)<-[:WORKS_ON]-(b) RETURN DISTINCT t.label AS label ORDER BY label } AS sharedTopics,
     COLLECT { MATCH (a)-[:COOPERATES_WITH]-(c:Actor)-[:COOPERATES_WITH]-(b) RETURN DISTINCT c.id AS id ORDER BY id } AS commonPartners,
     COLLECT { MATCH (a)-[:TOOK_PART_IN]->(e:Event)<-[:TOOK_PART_IN]-(b) RETURN DISTINCT e.id AS id ORDER BY id } AS commonEvents
WITH b, sameDistrict, distanceKm, sharedPhases, sharedTopics, commonPartners, commonEvents,
     3 * size(sharedTopics) + 2 * size(sharedPhases) + size(commonPartners) + size(commonEvents)
       + CASE WHEN sameDistrict THEN 1 ELSE 0 END AS score
WHERE score > 0
RETURN b.id AS id, b.name AS name, score, distanceKm, sharedPhases, sharedTopics, commonPartners, commonEvents, sameDistrict
ORDER BY score DESC, distanceKm, name, id
LIMIT $limit;
