// Demo data 040: Netzwerke (Network, COVERS, MEMBER_OF)
// 4 networks with the regions they cover, then their memberships
// (role, since as a year string):
//   HZ-STEUERKREIS  Steuerkreis „Gesund im Landkreis Harz“ (covers 15085)
//   HZ-AK-DASEIN    Arbeitskreis Daseinsvorsorge Huy–Osterwieck (covers 15085185, 15085230)
//   ST-QM-TREFFEN   Quartiersmanagertreffen Sachsen-Anhalt (covers 15)
//   GERA-GK         Netzwerk „Gesunde Kommune“ Gera (covers 16052000)
// Idempotent: MERGE on the network id and on each (actor)-[:MEMBER_OF]->(network),
// and the file is authoritative for the COVERS links of its networks.
UNWIND [
  {id: 'HZ-STEUERKREIS', name: 'Steuerkreis „Gesund im Landkreis Harz“', covers: ['15085'],
   description: 'Steuerungsgremium des Modellvorhabens von Landkreis Harz und LVG/KGC. Konstituierte sich am 24.04.2023 und bereitet die jährliche Gesundheitskonferenz und die kommunale Gesundheitsstrategie vor.'},
  {id: 'HZ-AK-DASEIN', name: 'Arbeitskreis Daseinsvorsorge Huy–Osterwieck', covers: ['15085185', '15085230'],
   description: 'Aus der Fachkonferenz „DaSein – Gesund leben im ländlichen Raum“ hervorgegangener Arbeitskreis. Will soziale und medizinische Angebote sichern, Fachkräfte gewinnen und die Zusammenarbeit der Professionen verbessern.'},
  {id: 'ST-QM-TREFFEN', name: 'Quartiersmanagertreffen Sachsen-Anhalt', covers: ['15'],
   description: 'Von der KGC organisiertes Treffen der Quartiersmanagerinnen und Quartiersmanager der gesunden und sozialen Städte, dreimal im Jahr, mit Fortbildung und Erfahrungsaustausch.'},
  {id: 'GERA-GK', name: 'Netzwerk „Gesunde Kommune“ Gera', covers: ['16052000'],
   description: 'Kommunales Netzwerk des Amtes für Gesundheit und Versorgung, begleitet von der AGETHUR. Verbindet Akteure über Ressortgrenzen hinweg und baut die Präventionskette Gera auf.'}
] AS row
MERGE (n:Network {id: row.id})
ON CREATE SET n.createdAt = datetime('2024-12-01T10:00:00Z'), n.createdBy = 'demo'
SET n.name = row.name, n.description = row.description,
    n.updatedAt = datetime('2024-12-01T10:00:00Z'), n.updatedBy = 'demo'
WITH n, row
CALL (n, row) {
  MATCH (n)-[old:COVERS]->(r)
  WHERE NOT r.ags IN row.covers
  DELETE old
}
CALL (n, row) {
  UNWIND row.covers AS ags
  MATCH (r)
  WHERE (r:State OR r:District OR r:Municipality) AND r.ags = ags
  MERGE (n)-[:COVERS]->(r)
}
RETURN count(n) AS networks;

// Memberships: network, actor, role, since.
UNWIND [
// --- Steuerkreis „Gesund im Landkreis Harz“ ---
  {network: 'HZ-STEUERKREIS', actor: 'HZ-LK', role: 'Koordination', since: '2023-04-24'},
  {network: 'HZ-STEUERKREIS', actor: 'ST-KGC', role: 'Koordination', since: '2023-04-24'},
  {network: 'HZ-STEUERKREIS', actor: 'ST-LVG', role: 'Mitglied', since: '2023-04-24'},
  {network: 'HZ-STEUERKREIS', actor: 'HZ-GA', role: 'Mitglied', since: '2023-04-24'},
  {network: 'HZ-STEUERKREIS', actor: 'HZ-JA', role: 'Mitglied', since: '2023-04-24'},
  {network: 'HZ-STEUERKREIS', actor: 'HZ-KSB', role: 'Mitglied', since: '2023-04-24'},
  {network: 'HZ-STEUERKREIS', actor: 'HZ-HBS', role: 'Mitglied', since: '2023-04-24'},
  {network: 'HZ-STEUERKREIS', actor: 'HZ-PSP', role: 'Mitglied', since: '2023-04-24'},
  {network: 'HZ-STEUERKREIS', actor: 'HZ-IVF', role: 'Beratung', since: '2023-04-24'},
  {network: 'HZ-STEUERKREIS', actor: 'ST-GKV', role: 'Gast', since: '2024'},
// --- Arbeitskreis Daseinsvorsorge Huy–Osterwieck ---
  {network: 'HZ-AK-DASEIN', actor: 'HZ-HUY', role: 'Sprecher', since: '2024'},
  {network: 'HZ-AK-DASEIN', actor: 'HZ-OSW', role: 'Sprecher', since: '2024'},
  {network: 'HZ-AK-DASEIN', actor: 'ST-KGC', role: 'Koordination', since: '2024'},
  {network: 'HZ-AK-DASEIN', actor: 'HZ-ARZT-HUY', role: 'Mitglied', since: '2024'},
  {network: 'HZ-AK-DASEIN', actor: 'HZ-PFL-OSW', role: 'Mitglied', since: '2024'},
  {network: 'HZ-AK-DASEIN', actor: 'ST-KZV', role: 'Mitglied', since: '2024'},
  {network: 'HZ-AK-DASEIN', actor: 'ST-AKST', role: 'Mitglied', since: '2024'},
// --- Quartiersmanagertreffen Sachsen-Anhalt ---
  {network: 'ST-QM-TREFFEN', actor: 'ST-KGC', role: 'Koordination', since: '2016'},
  {network: 'ST-QM-TREFFEN', actor: 'HZ-QM-HBS', role: 'Mitglied', since: '2019'},
  {network: 'ST-QM-TREFFEN', actor: 'ST-QM-MD', role: 'Mitglied', since: '2016'},
  {network: 'ST-QM-TREFFEN', actor: 'ST-QM-HAL', role: 'Mitglied', since: '2017'},
// --- Netzwerk „Gesunde Kommune“ Gera ---
  {network: 'GERA-GK', actor: 'GERA-AGV', role: 'Koordination', since: '2024'},
  {network: 'GERA-GK', actor: 'TH-AGETHUR', role: 'Prozessbegleitung', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-SOZ', role: 'Sprecherin', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-JA', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-KK', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'TH-KK', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-SSB', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-KITA1', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-GS', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-RS', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-SUCHT', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-EMP', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-KLINIK', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-PFL', role: 'Mitglied', since: '2024'},
  {network: 'GERA-GK', actor: 'GERA-QM', role: 'Mitglied', since: '2024'}
] AS row
MATCH (n:Network {id: row.network})
MATCH (a:Actor {id: row.actor})
MERGE (a)-[m:MEMBER_OF]->(n)
ON CREATE SET m.createdAt = datetime('2024-12-01T10:00:00Z'), m.createdBy = 'demo'
SET m.role = row.role, m.since = row.since, m.until = row.until,
    m.updatedAt = datetime('2024-12-01T10:00:00Z'), m.updatedBy = 'demo'
RETURN count(m) AS memberships;
