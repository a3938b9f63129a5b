// title: Sectors and sector gaps (Sektoren und Sektorlücken)
// description: For every pair of sectors present in the region (a before or equal to b in the sector
//   table's order: HEALTH, EDUCATION, YOUTH_SOCIAL, ADMINISTRATION, CIVIL_SOCIETY, ECONOMY, RESEARCH,
//   OTHER) the number of cooperations between the region's actors of the two sectors, the possible
//   ones (n_a*n_b, or n_a(n_a-1)/2 within one sector) and the density. A row with a <> b and no
//   cooperation is a sector gap. The app computes the same from the structure subgraph. At $asOf:
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
WITH a, CASE
    WHEN a.type IN ['PUBLIC_HEALTH_OFFICE', 'HEALTH_INSURER', 'MEDICAL_CARE', 'CARE_SERVICE'] THEN 0
    WHEN a.type IN ['DAYCARE', 'SCHOOL'] THEN 1
    WHEN a.type IN ['YOUTH_WELFARE', 'NEIGHBOURHOOD_MANAGEMENT'] THEN 2
    WHEN a.type IN ['MUNICIPAL_ADMIN', 'STATE_AGENCY', 'FEDERAL_AGENCY'] THEN 3
    WHEN a.type IN ['ASSOCIATION', 'CIVIC_ASSOCIATION', 'SPORTS'] THEN 4
    WHEN a.type IN ['CHAMBER', 'EMPLOYER'] THEN 5
    WHEN a.type = 'RESEARCH' THEN 6
    ELSE 7 END AS sector
WITH collect({actor: a, sector: sector}) AS members
// The region's cooperations, each once (a.id < b.id), as pairs of sector ranks (smaller first).
CALL (members) {
  UNWIND members AS m
  WITH m.actor AS a, m.sector AS sa
  MATCH (a)-[c:COOPERATES_WITH]-(b:Actor)
  WHERE a.id < b.id
    AND (c.since IS NULL OR c.since <= left(toString($asOf), size(c.since))) AND (c.until IS NULL OR c.until >= left(toString($asOf), size(c.until)))
    AND (b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))
    AND EXISTS { MATCH (b)-[:SEATED_IN|SERVES]->(x)
                 WHERE (x:State OR x:District OR x:Municipality)
                   AND (x.ags STARTS WITH $region OR $region STARTS WITH x.ags) }
  WITH DISTINCT a, sa, b
  WITH sa, CASE
      WHEN b.type IN ['PUBLIC_HEALTH_OFFICE', 'HEALTH_INSURER', 'MEDICAL_CARE', 'CARE_SERVICE'] THEN 0
      WHEN b.type IN ['DAYCARE', 'SCHOOL'] THEN 1
      WHEN b.type IN ['YOUTH_WELFARE', 'NEIGHBOURHOOD_MANAGEMENT'] THEN 2
      WHEN b.type IN ['MUNICIPAL_ADMIN', 'STATE_AGENCY', 'FEDERAL_AGENCY'] THEN 3
      WHEN b.type IN ['ASSOCIATION', 'CIVIC_ASSOCIATION', 'SPORTS'] THEN 4
      WHEN b.type IN ['CHAMBER', 'EMPLOYER'] THEN 5
      WHEN b.type = 'RESEARCH' THEN 6
      ELSE 7 END AS sb
  RETURN collect(CASE WHEN sa <= sb THEN [sa, sb] ELSE [sb, sa] END) AS ties
}
WITH members, ties,
     ['HEALTH', 'EDUCATION', 'YOUTH_SOCIAL', 'ADMINISTRATION', 'CIVIL_SOCIETY', 'ECONOMY', 'RESEARCH', 'OTHER'] AS codes
UNWIND range(0, 7) AS i
UNWIND range(i, 7) AS j
WITH codes, ties, i, j,
     size([m IN members WHERE m.sector = i]) AS ni,
     size([m IN members WHERE m.sector = j]) AS nj
WHERE ni > 0 AND nj > 0
WITH codes[i] AS a, codes[j] AS b, ni, nj,
     size([t IN ties WHERE t = [i, j]]) AS cooperations,
     CASE WHEN i = j THEN ni * (ni - 1) / 2 ELSE ni * nj END AS possible, i, j
RETURN a, b, ni AS actorsA, nj AS actorsB, cooperations, possible,
       CASE WHEN possible = 0 THEN 0.0 ELSE toFloat(cooperations) / possible END AS density,
       a <> b AND cooperations = 0 AS gap
ORDER BY i, j;
