// Fixture for the structure analyses: small graphs in Bavarian districts without demo or other
// fixture actors. Ids start with SX-; idempotent (MERGE), so every test may load it again. The graphs
// are the ones of networkx_expected.py (star, path, triangles, sectors), whose expected values come
// from NetworkX; brokerage and sectors are counted by hand in StructureApiTest.
//
// star      district 09162 (München):   SX-S0 with four partners SX-S1..SX-S4
// path      district 09362 (Regensburg): SX-P1 - SX-P2 - SX-P3 - SX-P4 - SX-P5 (one stored reversed)
// triangles district 09564 (Nürnberg):  SX-T1 SX-T2 SX-T3 and SX-T4 SX-T5 SX-T6, joined by SX-T3 - SX-T4
// sectors   district 09761 (Augsburg):  three sectors around SX-B, and SX-R1 (research) alone
// diamond   district 09663 (Würzburg):  SX-X - SX-D1|SX-D2 - SX-D3, and SX-X cooperates with SX-P1 in
//           Regensburg (a cooperation that leaves both regions: no edge of either region's graph)
UNWIND [
  {id: 'SX-S0', name: 'SX Stern Mitte', type: 'MUNICIPAL_ADMIN', seat: '09162000'},
  {id: 'SX-S1', name: 'SX Stern 1', type: 'SCHOOL', seat: '09162000'},
  {id: 'SX-S2', name: 'SX Stern 2', type: 'DAYCARE', seat: '09162000'},
  {id: 'SX-S3', name: 'SX Stern 3', type: 'SPORTS', seat: '09162000'},
  {id: 'SX-S4', name: 'SX Stern 4', type: 'OTHER', seat: '09162000'},
  {id: 'SX-P1', name: 'SX Pfad 1', type: 'OTHER', seat: '09362000'},
  {id: 'SX-P2', name: 'SX Pfad 2', type: 'OTHER', seat: '09362000'},
  {id: 'SX-P3', name: 'SX Pfad 3', type: 'OTHER', seat: '09362000'},
  {id: 'SX-P4', name: 'SX Pfad 4', type: 'OTHER', seat: '09362000'},
  {id: 'SX-P5', name: 'SX Pfad 5', type: 'OTHER', seat: '09362000'},
  {id: 'SX-T1', name: 'SX Dreieck A1', type: 'SCHOOL', seat: '09564000'},
  {id: 'SX-T2', name: 'SX Dreieck A2', type: 'SCHOOL', seat: '09564000'},
  {id: 'SX-T3', name: 'SX Dreieck A3', type: 'SCHOOL', seat: '09564000'},
  {id: 'SX-T4', name: 'SX Dreieck B1', type: 'MEDICAL_CARE', seat: '09564000'},
  {id: 'SX-T5', name: 'SX Dreieck B2', type: 'MEDICAL_CARE', seat: '09564000'},
  {id: 'SX-T6', name: 'SX Dreieck B3', type: 'MEDICAL_CARE', seat: '09564000'},
  {id: 'SX-B', name: 'SX Gesundheitsamt', type: 'PUBLIC_HEALTH_OFFICE', seat: '09761000'},
  {id: 'SX-H1', name: 'SX Praxis', type: 'MEDICAL_CARE', seat: '09761000'},
  {id: 'SX-H2', name: 'SX Pflegedienst', type: 'CARE_SERVICE', seat: '09761000'},
  {id: 'SX-E1', name: 'SX Schule Nord', type: 'SCHOOL', seat: '09761000'},
  {id: 'SX-E2', name: 'SX Kita Nord', type: 'DAYCARE', seat: '09761000'},
  {id: 'SX-E3', name: 'SX Schule Süd', type: 'SCHOOL', seat: '09761000'},
  {id: 'SX-E4', name: 'SX Kita Süd', type: 'DAYCARE', seat: '09761000'},
  {id: 'SX-Y1', name: 'SX Jugendamt', type: 'YOUTH_WELFARE', seat: '09761000'},
  {id: 'SX-Y2', name: 'SX Quartiersmanagement', type: 'NEIGHBOURHOOD_MANAGEMENT', seat: '09761000'},
  {id: 'SX-R1', name: 'SX Hochschule', type: 'RESEARCH', seat: '09761000'},
  {id: 'SX-X', name: 'SX Raute Spitze', type: 'ASSOCIATION', seat: '09663000'},
  {id: 'SX-D1', name: 'SX Raute 1', type: 'ASSOCIATION', seat: '09663000'},
  {id: 'SX-D2', name: 'SX Raute 2', type: 'ASSOCIATION', seat: '09663000'},
  {id: 'SX-D3', name: 'SX Raute 3', type: 'ASSOCIATION', seat: '09663000'}
] AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.type = row.type
WITH a, row
CALL (a) {
  MATCH (a)-[old:SEATED_IN|SERVES]->()
  DELETE old
}
CALL (a, row) {
  MATCH (m:Municipality {ags: row.seat})
  MERGE (a)-[:SEATED_IN]->(m)
}
RETURN count(a) AS actors;

// Undirected MERGE: a pair stored either way is found again. SX-P4 -> SX-P3 is stored reversed.
UNWIND [
  ['SX-S0', 'SX-S1'], ['SX-S0', 'SX-S2'], ['SX-S0', 'SX-S3'], ['SX-S0', 'SX-S4'],
  ['SX-P1', 'SX-P2'], ['SX-P2', 'SX-P3'], ['SX-P4', 'SX-P3'], ['SX-P4', 'SX-P5'],
  ['SX-T1', 'SX-T2'], ['SX-T1', 'SX-T3'], ['SX-T2', 'SX-T3'], ['SX-T3', 'SX-T4'],
  ['SX-T4', 'SX-T5'], ['SX-T4', 'SX-T6'], ['SX-T5', 'SX-T6'],
  ['SX-B', 'SX-H1'], ['SX-B', 'SX-H2'], ['SX-B', 'SX-E1'], ['SX-B', 'SX-E2'], ['SX-B', 'SX-Y1'],
  ['SX-E1', 'SX-E2'], ['SX-Y1', 'SX-Y2'], ['SX-Y2', 'SX-E3'], ['SX-Y2', 'SX-E4'],
  ['SX-X', 'SX-D1'], ['SX-X', 'SX-D2'], ['SX-D1', 'SX-D3'], ['SX-D2', 'SX-D3'], ['SX-X', 'SX-P1']
] AS pair
MATCH (a:Actor {id: pair[0]}), (b:Actor {id: pair[1]})
MERGE (a)-[c:COOPERATES_WITH]-(b)
SET c.kind = 'EXCHANGE'
RETURN count(c) AS cooperations;
