// title: Collaborators for a municipality (Kooperationspartner für eine Kommune)
// description: The actors active in $phase and/or working on $topic (at least one of the two; both
//   given: both must match) that belong to the municipality (one of their areas contains it:
//   `serves` is true) or whose seat lies within $radiusKm of the municipality (point.distance between
//   the locations, in km, ≤ radius). Nearest seat first (a seat without a location last), then name
//   (code point), then id.
// parameters: $municipality (8-digit AGS, e.g. '15085135'), $phase (life phase code or null), $topic (topic code or null), $radiusKm (km or null), $asOf (ISO date, e.g. '2023-12-31': what is active on that day)
MATCH (m:Municipality {ags: $municipality})
MATCH (b:Actor)-[:SEATED_IN]->(seat:Municipality)
WHERE ($phase IS NOT NULL OR $topic IS NOT NULL)
  AND ((b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until))))
  AND ($phase IS NULL OR EXISTS { (b)-[:ACTIVE_IN]->(:LifePhase {code: $phase}) })
  AND ($topic IS NULL OR EXISTS { (b)-[:WORKS_ON]->(:Topic {code: $topic}) })
WITH b, EXISTS { MATCH (b)-[:SEATED_IN|SERVES]->(area) WHERE $municipality STARTS WITH area.ags } AS serves,
     point.distance(m.location, seat.location) / 1000.0 AS distanceKm
WHERE serves OR ($radiusKm IS NOT NULL AND distanceKm IS NOT NULL AND distanceKm <= $radiusKm)
RETURN b.id AS id, b.name AS name, distanceKm, serves
ORDER BY distanceKm, name, id;
