// Fixture for asOf (contract, "Time"): five actors seated in Ingolstadt (district 09161, no other
// fixture or demo actors there) with since/until on actors, cooperations and memberships. Ids start
// with SX-Z; idempotent (MERGE, and SET of every since/until, null removing it). Remove it with
//   MATCH (n) WHERE n.id STARTS WITH 'SX-Z' DETACH DELETE n
//
// SX-ZA Gesundheitsamt (HEALTH)      no dates
// SX-ZB Schule (EDUCATION)           no dates
// SX-ZC Kita (EDUCATION)             no dates
// SX-ZD Sportverein (CIVIL_SOCIETY)  since 2024
// SX-ZE Jugendamt (YOUTH_SOCIAL)     until 2022-06-30
//
// cooperations: ZA-ZB no dates; ZB-ZC until 2022; ZA-ZC since 2023-04-24; ZA-ZD no dates (active
// from 2024 with ZD); ZA-ZE no dates (active until 2022-06-30 with ZE)
// network SX-ZN: ZA no dates, ZB until 2022, ZD no dates (from 2024 with ZD)
UNWIND [
  {id: 'SX-ZA', name: 'SX Zeit Gesundheitsamt', type: 'PUBLIC_HEALTH_OFFICE', since: null, until: null},
  {id: 'SX-ZB', name: 'SX Zeit Schule', type: 'SCHOOL', since: null, until: null},
  {id: 'SX-ZC', name: 'SX Zeit Kita', type: 'DAYCARE', since: null, until: null},
  {id: 'SX-ZD', name: 'SX Zeit Sportverein', type: 'SPORTS', since: '2024', until: null},
  {id: 'SX-ZE', name: 'SX Zeit Jugendamt', type: 'YOUTH_WELFARE', since: null, until: '2022-06-30'}
] AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.type = row.type, a.since = row.since, a.until = row.until
WITH a
MATCH (m:Municipality {ags: '09161000'})
MERGE (a)-[:SEATED_IN]->(m)
RETURN count(a) AS actors;

UNWIND [
  {a: 'SX-ZA', b: 'SX-ZB', since: null, until: null},
  {a: 'SX-ZB', b: 'SX-ZC', since: null, until: '2022'},
  {a: 'SX-ZA', b: 'SX-ZC', since: '2023-04-24', until: null},
  {a: 'SX-ZA', b: 'SX-ZD', since: null, until: null},
  {a: 'SX-ZA', b: 'SX-ZE', since: null, until: null}
] AS row
MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
MERGE (a)-[c:COOPERATES_WITH]-(b)
SET c.kind = 'EXCHANGE', c.since = row.since, c.until = row.until
RETURN count(c) AS cooperations;

MERGE (n:Network {id: 'SX-ZN'})
ON CREATE SET n.createdAt = datetime('2024-12-01T10:00:00Z'), n.createdBy = 'test'
SET n.name = 'SX Zeit Netzwerk', n.description = 'Fixture for asOf',
    n.updatedAt = datetime('2024-12-01T10:00:00Z'), n.updatedBy = 'test'
WITH n
UNWIND [
  {actor: 'SX-ZA', until: null},
  {actor: 'SX-ZB', until: '2022'},
  {actor: 'SX-ZD', until: null}
] AS row
MATCH (a:Actor {id: row.actor})
MERGE (a)-[m:MEMBER_OF]->(n)
SET m.until = row.until
RETURN count(m) AS memberships;
