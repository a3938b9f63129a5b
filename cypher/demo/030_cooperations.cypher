// Demo data 030: Kooperationen (COOPERATES_WITH)
// 88 cooperations (3 of them ended, with an until) between the demo actors of 020_actors.cypher. Each pair is
// stored ONCE, always from the actor with the smaller id (code-point order) to
// the one with the larger id; the app reads them undirected.
// Row: a, b (actor ids, a < b), kind (PROJECT, AGREEMENT, EXCHANGE, REFERRAL,
// FUNDING, OTHER), since and until (year or ISO date, as a string; until
// absent while the cooperation lasts), intensity (1-3),
// note (German text, or absent).
// Built-in findings: HZ-SSB, HZ-THALE, HZ-MGH-BLB and GERA-KITA2 have no
// cooperation at all. In Landkreis Harz no cooperation links an actor of the
// secondary school phase with one of the school-to-work phase.
// Idempotent: MATCH both actors, MERGE the relationship in the stored direction.
UNWIND [
// --- Modellvorhaben „Gesund im Landkreis Harz“ ---
  {a: 'HZ-LK', b: 'ST-KGC', kind: 'AGREEMENT', since: '2023', intensity: 3, note: 'Kooperationsvereinbarung zwischen Landkreis und KGC als Grundlage der gemeinsamen Gesundheitsarbeit im Modellvorhaben „Gesund im Landkreis Harz“.'},
  {a: 'HZ-LK', b: 'ST-LVG', kind: 'PROJECT', since: '2022', intensity: 3, note: 'Vorgespräche 2022, seit 2023 gemeinsames Modellvorhaben „Gesund im Landkreis Harz“.'},
  {a: 'ST-KGC', b: 'ST-LVG', kind: 'OTHER', since: '2016', intensity: 3, note: 'Die KGC ist bei der LVG angesiedelt.'},
  {a: 'ST-GKV', b: 'ST-KGC', kind: 'FUNDING', since: '2016', intensity: 3, note: 'Förderung der KGC durch das GKV-Bündnis für Gesundheit.'},
  {a: 'HZ-GA', b: 'HZ-LK', kind: 'EXCHANGE', since: '2020', intensity: 3, note: 'Gesundheitsberichterstattung des Gesundheitsamts für die Kreisplanung.'},
  {a: 'HZ-GA', b: 'ST-KGC', kind: 'PROJECT', since: '2023-04-24', intensity: 2, note: 'Gemeinsame Aufbereitung der Gesundheits- und Sozialdaten für die Gesundheitskonferenz.'},
  {a: 'HZ-GA', b: 'ST-LVG', kind: 'EXCHANGE', since: '2023', intensity: 1},
  {a: 'HZ-IVF', b: 'HZ-LK', kind: 'PROJECT', since: '2023', intensity: 2, note: 'Bürgerbefragung zu Gesundheit und Wohlbefinden im Landkreis Harz.'},
  {a: 'HZ-IVF', b: 'ST-KGC', kind: 'EXCHANGE', since: '2023', intensity: 1, note: 'Auswertung der Bürgerbefragung für die Gesundheitskonferenz.'},
  {a: 'HZ-IVF', b: 'HZ-WR', kind: 'EXCHANGE', since: '2022', intensity: 1},
  {a: 'HZ-JA', b: 'HZ-LK', kind: 'EXCHANGE', since: '2021', intensity: 2},
  {a: 'HZ-LK', b: 'HZ-WR', kind: 'EXCHANGE', since: '2023', intensity: 1},
  {a: 'HZ-LK', b: 'HZ-QLB', kind: 'EXCHANGE', since: '2023', intensity: 1},
  {a: 'HZ-LK', b: 'HZ-SUCHT', kind: 'FUNDING', since: '2018', intensity: 2, note: 'Kreisförderung der Suchtberatung.'},
// --- Landkreis Harz: Frühe Hilfen, Kita, Schule ---
  {a: 'HZ-HEB', b: 'HZ-JA', kind: 'PROJECT', since: '2019', intensity: 3, note: 'Familienhebammen im Netzwerk Frühe Hilfen.'},
  {a: 'HZ-HEB', b: 'HZ-KLINIK', kind: 'REFERRAL', since: '2018', intensity: 2, note: 'Überleitung nach der Geburt in die Wochenbettbetreuung.'},
  {a: 'HZ-JA', b: 'HZ-KITA-HBS', kind: 'EXCHANGE', since: '2022', intensity: 1},
  {a: 'HZ-JA', b: 'HZ-QM-HBS', kind: 'PROJECT', since: '2021', intensity: 2, note: 'Elterncafé im Quartier Halberstadt-Nord.'},
  {a: 'HZ-GA', b: 'HZ-KITA-OSW', kind: 'PROJECT', since: '2022', intensity: 2, note: 'Jugendzahnpflege und Zahnputzprogramm in der Kita.'},
  {a: 'HZ-GA', b: 'HZ-GS-OSW', kind: 'PROJECT', since: '2021', intensity: 2, note: 'Schuleingangsuntersuchung und Elternabend zu gesunder Ernährung.'},
  {a: 'HZ-GA', b: 'HZ-SEK-HUY', kind: 'PROJECT', since: '2023', intensity: 1, note: 'Suchtpräventionstage an der Sekundarschule.'},
  {a: 'HZ-GA', b: 'HZ-SUCHT', kind: 'EXCHANGE', since: '2020', intensity: 2, note: 'Psychosoziale Arbeitsgemeinschaft des Landkreises.'},
  {a: 'HZ-GS-OSW', b: 'HZ-KSB', kind: 'PROJECT', since: '2022', intensity: 2, note: 'Programm „Bewegte Grundschule“.'},
  {a: 'HZ-KITA-HBS', b: 'HZ-KSB', kind: 'PROJECT', since: '2023', intensity: 1, note: 'Wöchentliche Bewegungsstunde eines Sportvereins in der Kita.'},
  {a: 'HZ-KSB', b: 'HZ-LK', kind: 'FUNDING', since: '2019', intensity: 2, note: 'Sportförderung des Landkreises.'},
  {a: 'HZ-KSB', b: 'ST-KK', kind: 'FUNDING', since: '2022', intensity: 2, note: 'Förderung von Bewegungsprojekten in Kitas und Grundschulen.'},
  {a: 'HZ-HBS', b: 'HZ-QM-HBS', kind: 'FUNDING', since: '2019', intensity: 3, note: 'Finanzierung des Quartiersmanagements aus dem Programm „Sozialer Zusammenhalt“.'},
// --- Landkreis Harz: Arbeit ---
  {a: 'HZ-JC', b: 'HZ-LK', kind: 'EXCHANGE', since: '2019', intensity: 2, note: 'Abstimmung zu Gesundheitsangeboten für Leistungsbeziehende.'},
  {a: 'HZ-EMP', b: 'HZ-JC', kind: 'REFERRAL', since: '2022', intensity: 2, note: 'Vermittlung in Ausbildung und Beschäftigung.'},
  {a: 'HZ-EMP', b: 'ST-KK', kind: 'PROJECT', since: '2021', intensity: 2, note: 'Aufbau eines betrieblichen Gesundheitsmanagements.'},
// --- Landkreis Harz: Alter und Pflege ---
  {a: 'HZ-LK', b: 'HZ-PSP', kind: 'AGREEMENT', since: '2012', intensity: 2, note: 'Vertrag über den gemeinsamen Betrieb des Pflegestützpunkts mit den Pflegekassen.'},
  {a: 'HZ-KLINIK', b: 'HZ-PSP', kind: 'REFERRAL', since: '2020', intensity: 2, note: 'Entlassmanagement: Pflegeberatung nach dem Krankenhausaufenthalt.'},
  {a: 'HZ-PSP', b: 'HZ-SENB', kind: 'EXCHANGE', since: '2021', intensity: 2},
  {a: 'HZ-QLB', b: 'HZ-SENB', kind: 'PROJECT', since: '2022', intensity: 1, note: 'Seniorenwegweiser für Quedlinburg.'},
  {a: 'HZ-KSB', b: 'HZ-SENB', kind: 'PROJECT', since: '2022', intensity: 1, note: 'Bewegungsangebote für Hochaltrige.'},
// --- Huy und Osterwieck: Daseinsvorsorge ---
  {a: 'HZ-HUY', b: 'HZ-OSW', kind: 'AGREEMENT', since: '2024', intensity: 3, note: 'Interkommunale Zusammenarbeit zur sozialen und gesundheitlichen Daseinsvorsorge.'},
  {a: 'HZ-HUY', b: 'ST-KGC', kind: 'PROJECT', since: '2024', intensity: 3, note: 'Gemeinsame Fachkonferenz „DaSein – Gesund leben im ländlichen Raum“.'},
  {a: 'HZ-OSW', b: 'ST-KGC', kind: 'PROJECT', since: '2024', intensity: 3, note: 'Gemeinsame Fachkonferenz „DaSein – Gesund leben im ländlichen Raum“.'},
  {a: 'HZ-ARZT-HUY', b: 'HZ-HUY', kind: 'EXCHANGE', since: '2023', intensity: 2, note: 'Praxisnachfolge und Sicherung der hausärztlichen Versorgung im Ort.'},
  {a: 'HZ-APO-OSW', b: 'HZ-ARZT-HUY', kind: 'REFERRAL', since: '2020', intensity: 1, note: 'Botendienst für Patientinnen und Patienten aus den Dörfern des Huy.'},
  {a: 'HZ-ARZT-HUY', b: 'HZ-PFL-OSW', kind: 'REFERRAL', since: '2021', intensity: 2, note: 'Häusliche Krankenpflege nach ärztlicher Verordnung.'},
  {a: 'HZ-APO-OSW', b: 'ST-AKST', kind: 'EXCHANGE', since: '2024', intensity: 1, note: 'Arzneimittelversorgung auf dem Land.'},
  {a: 'HZ-OSW', b: 'ST-AKST', kind: 'EXCHANGE', since: '2024-11-27', intensity: 1, note: 'Austausch auf der Fachkonferenz „DaSein“ (Teil 2).'},
  {a: 'HZ-HUY', b: 'ST-KZV', kind: 'EXCHANGE', since: '2024-09-18', intensity: 1, note: 'Zahnärztliche Versorgung im ländlichen Raum (Fachkonferenz „DaSein“, Teil 1).'},
  {a: 'ST-AKST', b: 'ST-KZV', kind: 'EXCHANGE', since: '2021', intensity: 1},
  {a: 'HZ-OSW', b: 'HZ-PFL-OSW', kind: 'EXCHANGE', since: '2024', intensity: 1, note: 'Fachkräftesicherung in der ambulanten Pflege.'},
  {a: 'HZ-HUY', b: 'NI-RESSE', kind: 'EXCHANGE', since: '2024-11-27', intensity: 1, note: 'Impuls „Backen bis der Arzt kommt“ auf der Fachkonferenz „DaSein“.'},
  {a: 'NI-RESSE', b: 'ST-KGC', kind: 'EXCHANGE', since: '2024', intensity: 1, note: 'Vorstellung als Modell guter Praxis.'},
// --- Sachsen-Anhalt: Landesebene und Quartiersmanagement ---
  {a: 'HZ-QM-HBS', b: 'ST-KGC', kind: 'EXCHANGE', since: '2019', intensity: 2, note: 'Teilnahme an den Quartiersmanagertreffen.'},
  {a: 'ST-KGC', b: 'ST-QM-MD', kind: 'EXCHANGE', since: '2018', intensity: 2, note: 'Fortbildung und Fachaustausch im Quartiersmanagertreffen.'},
  {a: 'ST-KGC', b: 'ST-QM-HAL', kind: 'EXCHANGE', since: '2018', intensity: 2, note: 'Fortbildung und Fachaustausch im Quartiersmanagertreffen.'},
  {a: 'ST-KK', b: 'ST-LVG', kind: 'PROJECT', since: '2020', intensity: 2, note: 'Landesprogramm für gesunde Kitas.'},
  {a: 'ST-GKV', b: 'ST-KK', kind: 'OTHER', since: '2016', intensity: 2, note: 'Die Krankenkasse ist Mitglied im GKV-Bündnis für Gesundheit.'},
// --- Bundesebene, Modelle guter Praxis, Austausch über Landesgrenzen ---
  {a: 'RP-DAUN', b: 'ST-KGC', kind: 'EXCHANGE', since: '2023', intensity: 1, note: 'Vorstellung des „WEGE-Prozesses“ auf der 1. Gesundheitskonferenz des Landkreises Harz.'},
  {a: 'DE-KV', b: 'ST-KGC', kind: 'EXCHANGE', since: '2016', intensity: 2, note: 'Die KGC ist Teil des bundesweiten Kooperationsverbundes.'},
  {a: 'DE-KV', b: 'TH-AGETHUR', kind: 'EXCHANGE', since: '2016', intensity: 2, note: 'Die Koordinierungsstelle Gesundheitliche Chancengleichheit Thüringen ist bei der AGETHUR angesiedelt.'},
  {a: 'DE-BZGA', b: 'DE-KV', kind: 'FUNDING', since: '2003', intensity: 2, note: 'Der Kooperationsverbund wurde auf Initiative der BZgA gegründet.'},
  {a: 'DE-BZGA', b: 'GERA-AGV', kind: 'EXCHANGE', since: '2024', intensity: 1, note: 'Partnerprozess „Gesund aufwachsen für alle“.'},
  {a: 'DE-KV', b: 'GERA-AGV', kind: 'EXCHANGE', since: '2024', intensity: 1, note: 'Begleitung des Austauschs im Partnerprozess.'},
  {a: 'ST-LVG', b: 'TH-AGETHUR', kind: 'EXCHANGE', since: '2015', intensity: 1, note: 'Austausch der Landesvereinigungen für Gesundheit.'},
// --- Gera: Netzwerk „Gesunde Kommune“ ---
  {a: 'GERA-AGV', b: 'TH-AGETHUR', kind: 'AGREEMENT', since: '2023', intensity: 3, note: 'Begleitung beim Aufbau des Netzwerks „Gesunde Kommune“: Moderation und landesweite Expertise.'},
  {a: 'GERA-AGV', b: 'GERA-SOZ', kind: 'OTHER', since: '2020', intensity: 3, note: 'Das Amt gehört zum Dezernat Soziales.'},
  {a: 'GERA-AGV', b: 'GERA-JA', kind: 'EXCHANGE', since: '2024', intensity: 2, note: 'Abstimmung zur Präventionskette: Frühe Hilfen und Kita.'},
  {a: 'GERA-AGV', b: 'GERA-KK', kind: 'FUNDING', since: '2024', intensity: 2, note: 'Förderung der Gesundheitsförderung in Lebenswelten nach § 20a SGB V.'},
  {a: 'GERA-AGV', b: 'GERA-SSB', kind: 'PROJECT', since: '2024', intensity: 2, note: 'Bewegungsparcours in den Stadtteilen.'},
  {a: 'GERA-AGV', b: 'GERA-QM', kind: 'PROJECT', since: '2024', intensity: 2, note: 'Gesundheitslotsinnen im Quartier Lusan.'},
  {a: 'GERA-AGV', b: 'TH-KK', kind: 'FUNDING', since: '2024', intensity: 1, note: 'Förderung der Netzwerkarbeit „Gesunde Kommune“.'},
  {a: 'TH-AGETHUR', b: 'TH-KK', kind: 'FUNDING', since: '2019', intensity: 2, note: 'Förderung der landesweiten Gesundheitsförderung in Lebenswelten.'},
  {a: 'GERA-JA', b: 'GERA-SOZ', kind: 'OTHER', since: '2020', intensity: 2, note: 'Der Fachdienst gehört zum Dezernat Soziales.'},
  {a: 'GERA-FZ', b: 'GERA-JA', kind: 'FUNDING', since: '2018', intensity: 3, note: 'Netzwerk Frühe Hilfen: Elternkurse und Babytreff.'},
  {a: 'GERA-FZ', b: 'GERA-KLINIK', kind: 'REFERRAL', since: '2019', intensity: 2, note: 'Lotsendienst für junge Familien nach der Geburt.'},
  {a: 'GERA-JA', b: 'GERA-KLINIK', kind: 'EXCHANGE', since: '2021', intensity: 1, note: 'Kinderschutz und Frühe Hilfen.'},
  {a: 'GERA-JA', b: 'GERA-KITA1', kind: 'EXCHANGE', since: '2021', intensity: 1, note: 'Kita-Fachberatung.'},
  {a: 'GERA-KITA1', b: 'GERA-QM', kind: 'EXCHANGE', since: '2022', intensity: 1},
  {a: 'GERA-GS', b: 'GERA-KITA1', kind: 'PROJECT', since: '2023', intensity: 2, note: 'Übergang Kita–Grundschule: gemeinsame Schnuppertage.'},
  {a: 'GERA-GS', b: 'GERA-SSB', kind: 'PROJECT', since: '2022', intensity: 2, note: 'Schwimmförderung für Grundschulkinder.'},
  {a: 'GERA-GS', b: 'GERA-RS', kind: 'EXCHANGE', since: '2023', intensity: 1, note: 'Übergangsgespräche zum Wechsel in Klasse 5.'},
  {a: 'GERA-RS', b: 'GERA-SUCHT', kind: 'PROJECT', since: '2022', intensity: 2, note: 'Suchtprävention in den Klassen 7 bis 9.'},
  {a: 'GERA-BBS', b: 'GERA-EMP', kind: 'REFERRAL', since: '2021', intensity: 2, note: 'Duale Ausbildung: Praktika und Ausbildungsplätze.'},
  {a: 'GERA-EMP', b: 'GERA-KK', kind: 'PROJECT', since: '2022', intensity: 2, note: 'Betriebliches Gesundheitsmanagement.'},
  {a: 'GERA-EMP', b: 'GERA-SUCHT', kind: 'EXCHANGE', since: '2023', intensity: 1, note: 'Betriebliche Suchtprävention für Auszubildende.'},
  {a: 'GERA-KLINIK', b: 'GERA-PFL', kind: 'REFERRAL', since: '2020', intensity: 2, note: 'Überleitung aus der Geriatrie in die Tagespflege.'},
  {a: 'GERA-PFL', b: 'GERA-SOZ', kind: 'AGREEMENT', since: '2017', intensity: 1, note: 'Mitwirkung an der Pflegeplanung der Stadt.'},
  {a: 'GERA-SENB', b: 'GERA-SOZ', kind: 'EXCHANGE', since: '2019', intensity: 2, note: 'Seniorenpolitisches Konzept der Stadt.'},
  {a: 'GERA-SENB', b: 'GERA-SSB', kind: 'PROJECT', since: '2023', intensity: 1, note: 'Bewegungsangebote „Fit in den Ruhestand“.'},
// --- Ended: a project not continued, and the ties of the Kita that closed in 2024 ---
  {a: 'HZ-EMP', b: 'HZ-KSB', kind: 'PROJECT', since: '2022', until: '2023-12-31', intensity: 1, note: 'Firmenlauf und Bewegungspausen 2022–2023; nach dem Projektende nicht fortgeführt.'},
  {a: 'HZ-GA', b: 'HZ-KITA-WR', kind: 'EXCHANGE', since: '2020', until: '2024-07-31', intensity: 1, note: 'Kita-Untersuchungen und Hygieneberatung bis zur Schließung der Kita.'},
  {a: 'HZ-KITA-WR', b: 'HZ-KSB', kind: 'PROJECT', since: '2019', until: '2024-07-31', intensity: 2, note: 'Bewegungskita-Projekt; endete mit der Schließung der Kita.'}
] AS row
MATCH (a:Actor {id: row.a})
MATCH (b:Actor {id: row.b})
MERGE (a)-[c:COOPERATES_WITH]->(b)
ON CREATE SET c.createdAt = datetime('2024-12-01T10:00:00Z'), c.createdBy = 'demo'
SET c.kind = row.kind, c.since = row.since, c.until = row.until, c.intensity = row.intensity, c.note = row.note,
    c.updatedAt = datetime('2024-12-01T10:00:00Z'), c.updatedBy = 'demo'
RETURN count(c) AS cooperations;
