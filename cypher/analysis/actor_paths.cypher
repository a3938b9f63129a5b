// title: How are we connected? (Wie sind wir verbunden?)
// description: The shortest chains of cooperations in the whole store from one actor to another, each
//   as the list of actor ids from $actor to $other, ordered lexicographically, at most $limit. No row
//   when the two are not connected. At $asOf: only chains of cooperations active then, through actors
//   active then; no row when either actor is not active then.
// parameters: $actor (actor id, e.g. 'HZ-GA'), $other (actor id, e.g. 'HZ-KJ'), $limit (e.g. 10),
//   $asOf (ISO date, e.g. '2023-12-31')
MATCH (a:Actor {id: $actor}), (b:Actor {id: $other})
WHERE (a.since IS NULL OR a.since <= left(toString($asOf), size(a.since))) AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until)))
  AND (b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))
MATCH p = ALL SHORTEST (a) (()-[r:COOPERATES_WITH]-(x:Actor)
    WHERE (r.since IS NULL OR r.since <= left(toString($asOf), size(r.since))) AND (r.until IS NULL OR r.until >= left(toString($asOf), size(r.until)))
      AND (x.since IS NULL OR x.since <= left(toString($asOf), size(x.since))) AND (x.until IS NULL OR x.until >= left(toString($asOf), size(x.until))))* (b)
WITH [n IN nodes(p) | n.id] AS path
RETURN path, size(path) - 1 AS distance
ORDER BY path
LIMIT $limit;
