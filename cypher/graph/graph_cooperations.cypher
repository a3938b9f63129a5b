// title: Cooperations of a network picture (Netzwerkbild: Kanten)
// description: The cooperations with both ends among the given actors, each pair once (the smaller
//   id as `source`, whatever the stored direction), with kind, intensity and since.
// parameters: $ids (list of actor ids, e.g. ['HZ-GA', 'HZ-LK', 'ST-KGC'])
MATCH (a:Actor)-[c:COOPERATES_WITH]-(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
RETURN a.id AS source, b.id AS target, c.kind AS kind, c.intensity AS intensity, c.since AS since
ORDER BY source, target;
