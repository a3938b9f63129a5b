// title: Cooperation subgraph for the structure analyses (Struktur des Netzes)
// description: The region's network G(R) as the structure analyses read it: one row per actor of the
//   region (also one without any cooperation, so it counts as a node) with its type and the ids of its
//   cooperation partners that have a larger id (each cooperation once, whatever the stored direction),
//   also partners outside the region: the app keeps the partners that are rows themselves (the
//   induced graph). Structural holes (effective size, efficiency, constraint), cut points and critical
//   cooperations (Hopcroft-Tarjan), communities (Leiden, CWTS networkanalysis), the sector matrix and
//   Gould-Fernandez brokerage are computed in Java from these rows (StructureService). At $asOf:
//   only actors active then, and only cooperations active then between two actors active then.
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
RETURN a.id AS id, a.name AS name, a.type AS type,
       COLLECT { MATCH (a)-[c:COOPERATES_WITH]-(b:Actor)
                 WHERE a.id < b.id
                   AND (c.since IS NULL OR c.since <= left(toString($asOf), size(c.since))) AND (c.until IS NULL OR c.until >= left(toString($asOf), size(c.until)))
                   AND (b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))
                 RETURN DISTINCT b.id AS partner ORDER BY partner } AS partners
ORDER BY id;
