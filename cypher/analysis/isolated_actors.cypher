// title: Isolated actors (Akteure ohne Kooperation)
// description: The region's actors without any cooperation at all, with anyone inside or outside the
//   region, in either stored direction. Ordered by name (code point), then id.
// parameters: $region (AGS, e.g. '15085'), $asOf (ISO date, e.g. '2023-12-31': what is active on that day)
CALL () {
  MATCH (area:State) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags RETURN area
  UNION
  MATCH (area:District) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags RETURN area
  UNION
  MATCH (area:Municipality) WHERE area.ags STARTS WITH $region RETURN area
}
MATCH (a:Actor)-[:SEATED_IN|SERVES]->(area)
WITH DISTINCT a
WHERE ((a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until))))
  AND NOT EXISTS { MATCH (a)-[co:COOPERATES_WITH]-(b:Actor) WHERE ((co.since IS NULL OR co.since <= left(toString($asOf), size(co.since))) AND (co.until IS NULL OR co.until >= left(toString($asOf), size(co.until)))) AND ((b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))) }
RETURN a.id AS id, a.name AS name
ORDER BY name, id;
