// Demo data 010: Themen (Topic)
// The open topic vocabulary used by the demo actors: 16 topics, each keyed by
// `code`, the slug of its German `label` (lower case, ä→ae ö→oe ü→ue ß→ss,
// every other run of non-alphanumerics becomes '-', no '-' at either end).
// Idempotent: MERGE on the code, so loading the file twice changes nothing.
UNWIND [
  {code: 'armut-und-gesundheit', label: 'Armut und Gesundheit'},
  {code: 'betriebliche-gesundheitsfoerderung', label: 'Betriebliche Gesundheitsförderung'},
  {code: 'bewegungsfoerderung', label: 'Bewegungsförderung'},
  {code: 'daseinsvorsorge', label: 'Daseinsvorsorge'},
  {code: 'elternbildung', label: 'Elternbildung'},
  {code: 'ernaehrung', label: 'Ernährung'},
  {code: 'fachkraeftegewinnung', label: 'Fachkräftegewinnung'},
  {code: 'fruehe-hilfen', label: 'Frühe Hilfen'},
  {code: 'gesundheitliche-versorgung-im-laendlichen-raum', label: 'Gesundheitliche Versorgung im ländlichen Raum'},
  {code: 'kommunale-gesundheitsstrategie', label: 'Kommunale Gesundheitsstrategie'},
  {code: 'medien-digitales', label: 'Medien & Digitales'},
  {code: 'pflege', label: 'Pflege'},
  {code: 'psychische-gesundheit', label: 'Psychische Gesundheit'},
  {code: 'quartiersarbeit', label: 'Quartiersarbeit'},
  {code: 'suchtpraevention', label: 'Suchtprävention'},
  {code: 'teilhabe-im-alter', label: 'Teilhabe im Alter'}
] AS row
MERGE (t:Topic {code: row.code})
SET t.label = row.label;
