// title: How are we connected? (Wie sind wir verbunden?)
// description: The shortest chains of cooperations in the whole store from one actor to another, each
//   as the list of actor ids from $actor to $other, ordered lexicographically, at most $limit. No row
//   when the two are not connected.
// parameters: $actor (actor id, e.g. 'HZ-GA'), $other (actor id, e.g. 'HZ-KJ'), $limit (e.g. 10)
MATCH (a:Actor {id: $actor}), (b:Actor {id: $other})
MATCH p = ALL SHORTEST (a)-[:COOPERATES_WITH]-*(b)
WITH [n IN nodes(p) | n.id] AS path
RETURN path, size(path) - 1 AS distance
ORDER BY path
LIMIT $limit;
