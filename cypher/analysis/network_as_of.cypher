// title: The network as of a date (Das Netz zu einem Stichtag)
// description: The cooperations of a region as they were on a date: both actors belong to the region and
//   are active then, and so is the cooperation (since ≤ date ≤ until; a year as since means its 1 January,
//   as until its 31 December; an empty since or until is open). One row per cooperation with both names,
//   kind, since and until, ordered by the names. Run it again with $asOf '2025-12-31' to compare; the
//   view "Veränderungen" and GET /api/analysis/changes compare two dates for you.
// parameters: $region (AGS, e.g. '15085'), $asOf (ISO date, e.g. '2023-12-31': the network as of 2023)
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
WITH collect(a) AS actors
UNWIND actors AS a
MATCH (a)-[c:COOPERATES_WITH]-(b:Actor)
WHERE a.id < b.id AND b IN actors
  AND ((c.since IS NULL OR c.since <= left(toString($asOf), size(c.since))) AND (c.until IS NULL OR c.until >= left(toString($asOf), size(c.until))))
RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName, c.kind AS kind, c.since AS since, c.until AS until
ORDER BY aName, a, bName, b;
