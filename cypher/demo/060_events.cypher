// Demo data 060: Veranstaltungen (Event, HELD_IN, TOOK_PART_IN)
// 5 events from the press releases and their participants:
//   HZ-SK-2023-04-24     Konstituierende Sitzung des Steuerkreises, Halberstadt
//   HZ-GK-2023-11-23     1. Gesundheitskonferenz des Landkreises Harz, Halberstadt (K6 Seminarhotel)
//   DASEIN-1-2024-09-18  Fachkonferenz „DaSein“, Teil 1, Dingelstedt (Gemeinde Huy)
//   DASEIN-2-2024-11-27  Fachkonferenz „DaSein“, Teil 2, Eilsdorf (Gemeinde Huy)
//   GERA-GK-2024-04-17   Gründungstreffen des Netzwerks „Gesunde Kommune“ Gera
//                        (the date is invented for the demo)
// Idempotent: MERGE on the event id and on each participation.
UNWIND [
  {id: 'HZ-SK-2023-04-24', name: 'Konstituierende Sitzung des Steuerkreises „Gesund im Landkreis Harz“', date: '2023-04-24', place: '15085135'},
  {id: 'HZ-GK-2023-11-23', name: '1. Gesundheitskonferenz des Landkreises Harz „Gesund im Landkreis Harz“', date: '2023-11-23', place: '15085135'},
  {id: 'DASEIN-1-2024-09-18', name: 'Fachkonferenz „DaSein – Gesund leben im ländlichen Raum“, Teil 1: Versorgungslage (Dingelstedt)', date: '2024-09-18', place: '15085185'},
  {id: 'DASEIN-2-2024-11-27', name: 'Fachkonferenz „DaSein – Gesund leben im ländlichen Raum“, Teil 2: Ideen für die Region (Eilsdorf)', date: '2024-11-27', place: '15085185'},
  {id: 'GERA-GK-2024-04-17', name: 'Gründungstreffen des Netzwerks „Gesunde Kommune“ Gera', date: '2024-04-17', place: '16052000'}
] AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.createdAt = datetime('2024-12-01T10:00:00Z'), e.createdBy = 'demo'
SET e.name = row.name, e.date = date(row.date),
    e.updatedAt = datetime('2024-12-01T10:00:00Z'), e.updatedBy = 'demo'
WITH e, row
CALL (e, row) {
  MATCH (e)-[old:HELD_IN]->(m)
  WHERE m.ags <> row.place
  DELETE old
}
MATCH (m:Municipality {ags: row.place})
MERGE (e)-[:HELD_IN]->(m)
RETURN count(e) AS events;

// Participations: event, actors.
UNWIND [
  {event: 'HZ-SK-2023-04-24', actors: ['HZ-LK', 'ST-KGC', 'ST-LVG', 'HZ-GA', 'HZ-JA', 'HZ-KSB', 'HZ-HBS', 'HZ-PSP', 'HZ-IVF']},
  {event: 'HZ-GK-2023-11-23', actors: ['HZ-LK', 'ST-KGC', 'ST-LVG', 'HZ-GA', 'HZ-JA', 'HZ-KSB', 'HZ-HBS', 'HZ-PSP', 'HZ-IVF',
                                       'RP-DAUN', 'ST-GKV', 'ST-KK', 'HZ-JC', 'HZ-SUCHT', 'HZ-KLINIK', 'HZ-HEB', 'HZ-QM-HBS',
                                       'HZ-SENB', 'HZ-WR', 'HZ-QLB', 'HZ-THALE', 'HZ-HUY', 'HZ-OSW', 'HZ-MGH-BLB']},
  {event: 'DASEIN-1-2024-09-18', actors: ['ST-KGC', 'HZ-HUY', 'HZ-OSW', 'ST-KZV', 'ST-AKST', 'HZ-ARZT-HUY', 'HZ-APO-OSW', 'HZ-PFL-OSW', 'HZ-LK']},
  {event: 'DASEIN-2-2024-11-27', actors: ['ST-KGC', 'HZ-HUY', 'HZ-OSW', 'ST-KZV', 'ST-AKST', 'NI-RESSE', 'HZ-ARZT-HUY', 'HZ-APO-OSW', 'HZ-PFL-OSW', 'ST-GKV']},
  {event: 'GERA-GK-2024-04-17', actors: ['GERA-AGV', 'TH-AGETHUR', 'GERA-SOZ', 'GERA-JA', 'GERA-KK', 'TH-KK', 'GERA-SSB', 'GERA-KITA1',
                                         'GERA-GS', 'GERA-RS', 'GERA-SUCHT', 'GERA-EMP', 'GERA-KLINIK', 'GERA-PFL', 'GERA-QM', 'DE-KV']}
] AS row
MATCH (e:Event {id: row.event})
UNWIND row.actors AS actorId
MATCH (a:Actor {id: actorId})
MERGE (a)-[t:TOOK_PART_IN]->(e)
RETURN count(t) AS participations;
