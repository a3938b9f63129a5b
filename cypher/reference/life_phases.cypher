// Life phases: the fixed reference data of the contract, in order, linked by NEXT.
// Idempotent; runnable unchanged in cypher-shell.
UNWIND [
  {code: 'PREGNANCY_BIRTH', name: 'Schwangerschaft und Geburt', nameEn: 'Pregnancy and birth', order: 1, goalArea: 'Gesund aufwachsen'},
  {code: 'EARLY_CHILDHOOD', name: 'Frühe Kindheit (0–3)', nameEn: 'Early childhood (0–3)', order: 2, goalArea: 'Gesund aufwachsen'},
  {code: 'DAYCARE', name: 'Kita-Alter (3–6)', nameEn: 'Daycare age (3–6)', order: 3, goalArea: 'Gesund aufwachsen'},
  {code: 'PRIMARY_SCHOOL', name: 'Grundschulalter (6–10)', nameEn: 'Primary school age (6–10)', order: 4, goalArea: 'Gesund aufwachsen'},
  {code: 'SECONDARY_SCHOOL', name: 'Weiterführende Schule (10–16)', nameEn: 'Secondary school (10–16)', order: 5, goalArea: 'Gesund aufwachsen'},
  {code: 'SCHOOL_TO_WORK', name: 'Übergang Schule–Beruf (15–25)', nameEn: 'School to work (15–25)', order: 6, goalArea: 'Gesund aufwachsen'},
  {code: 'WORKING_LIFE', name: 'Erwerbsleben', nameEn: 'Working life', order: 7, goalArea: 'Gesund leben und arbeiten'},
  {code: 'RETIREMENT', name: 'Übergang in den Ruhestand', nameEn: 'Transition to retirement', order: 8, goalArea: 'Gesund im Alter'},
  {code: 'OLD_AGE', name: 'Alter und Pflege', nameEn: 'Old age and care', order: 9, goalArea: 'Gesund im Alter'}
] AS phase
MERGE (p:LifePhase {code: phase.code})
SET p.name = phase.name, p.nameEn = phase.nameEn, p.order = phase.order, p.goalArea = phase.goalArea;
MATCH (p:LifePhase)
WITH p
MATCH (q:LifePhase {order: p.order + 1})
MERGE (p)-[:NEXT]->(q);
