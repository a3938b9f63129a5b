// title: Isolated actors (Akteure ohne Kooperation)
// description: The region's actors without any cooperation at all, with anyone inside or outside the
//   region, in either stored direction. Ordered by name (code point), then id.
// parameters: $region (AGS, e.g. '15085')
CALL () {
  MATCH (area:State) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags RETURN area
  UNION
  MATCH (area:District) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags RETURN area
  UNION
  MATCH (area:Municipality) WHERE area.ags STARTS WITH $region RETURN area
}
MATCH (a:Actor)-[:SEATED_IN|SERVES]->(area)
WITH DISTINCT a
WHERE NOT EXISTS { (a)-[:COOPERATES_WITH]-(:Actor) }
RETURN a.id AS id, a.name AS name
ORDER BY name, id;
