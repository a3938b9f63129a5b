// title: Cooperations of a network picture (Netzwerkbild: Kanten)
// description: The cooperations with both ends among the given actors, each pair once (the smaller
//   id as `source`, whatever the stored direction), with kind, intensity, since and until; only those active
//   at $asOf between two actors active then.
// parameters: $ids (list of actor ids, e.g. ['HZ-GA', 'HZ-LK', 'ST-KGC']), $asOf (ISO date, e.g. '2023-12-31')
MATCH (a:Actor)-[c:COOPERATES_WITH]-(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
  AND (c.since IS NULL OR c.since <= left(toString($asOf), size(c.since))) AND (c.until IS NULL OR c.until >= left(toString($asOf), size(c.until)))
  AND (a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until)))
  AND (b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))
RETURN a.id AS source, b.id AS target, c.kind AS kind, c.intensity AS intensity, c.since AS since, c.until AS until
ORDER BY source, target;
