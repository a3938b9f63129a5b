// title: Actors of a region
// description: The actors that belong to a region by the contract's rule: one of the actor's areas
//   (its seat municipality or a region it SERVES) contains the region or lies inside it (AGS prefix
//   in either direction). A state-wide actor belongs to each of the state's districts and
//   municipalities. Only actors active at $asOf. Ordered by name (code point), then id.
// parameters: $region (AGS, e.g. '15085'), $asOf (ISO date, e.g. '2023-12-31')
CALL () {
  MATCH (area:State) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags RETURN area
  UNION
  MATCH (area:District) WHERE area.ags STARTS WITH $region OR $region STARTS WITH area.ags RETURN area
  UNION
  MATCH (area:Municipality) WHERE area.ags STARTS WITH $region RETURN area
}
MATCH (a:Actor)-[:SEATED_IN|SERVES]->(area)
WHERE (a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until)))
WITH DISTINCT a
RETURN a.id AS id, a.name AS name
ORDER BY name, id;
