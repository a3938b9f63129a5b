// Demo data 050: Präventionskette (PreventionChain, FOR_REGION, CONTRIBUTES_TO)
// The one prevention chain of the demo: "Präventionskette Gera" (GERA-PK,
// status IN_PROGRESS) for the city of Gera (16052000) with 11 contributors.
// `phases` lists the life phases an actor contributes; an empty list means the
// actor's own phases. Built-in gap: nobody contributes RETIREMENT (the
// Seniorenbeirat GERA-SENB, active in it, is not part of the chain yet), so
// WORKING_LIFE→RETIREMENT and RETIREMENT→OLD_AGE stay open; the Regelschule
// (GERA-RS) alone bridges SECONDARY_SCHOOL→SCHOOL_TO_WORK.
// Idempotent: MERGE on the chain id and on each contribution.
MERGE (pc:PreventionChain {id: 'GERA-PK'})
ON CREATE SET pc.createdAt = datetime('2024-12-01T10:00:00Z'), pc.createdBy = 'demo'
SET pc.name = 'Präventionskette Gera', pc.status = 'IN_PROGRESS',
    pc.updatedAt = datetime('2024-12-01T10:00:00Z'), pc.updatedBy = 'demo'
WITH pc
CALL (pc) {
  MATCH (pc)-[old:FOR_REGION]->(r)
  WHERE r.ags <> '16052000'
  DELETE old
}
MATCH (m:Municipality {ags: '16052000'})
MERGE (pc)-[:FOR_REGION]->(m)
RETURN pc.id AS chain;

// Contributions: actor, phases (empty = the actor's own phases).
UNWIND [
  {actor: 'GERA-AGV', phases: []},
  {actor: 'GERA-JA', phases: ['PREGNANCY_BIRTH', 'EARLY_CHILDHOOD']},
  {actor: 'GERA-FZ', phases: []},
  {actor: 'GERA-KLINIK', phases: ['PREGNANCY_BIRTH']},
  {actor: 'GERA-KITA1', phases: []},
  {actor: 'GERA-GS', phases: []},
  {actor: 'GERA-SSB', phases: ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL']},
  {actor: 'GERA-RS', phases: []},
  {actor: 'GERA-EMP', phases: []},
  {actor: 'GERA-KK', phases: ['WORKING_LIFE']},
  {actor: 'GERA-PFL', phases: ['OLD_AGE']}
] AS row
MATCH (pc:PreventionChain {id: 'GERA-PK'})
MATCH (a:Actor {id: row.actor})
MERGE (a)-[c:CONTRIBUTES_TO]->(pc)
ON CREATE SET c.createdAt = datetime('2024-12-01T10:00:00Z'), c.createdBy = 'demo'
SET c.phases = row.phases,
    c.updatedAt = datetime('2024-12-01T10:00:00Z'), c.updatedBy = 'demo'
RETURN count(c) AS contributors;
