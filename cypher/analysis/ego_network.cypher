// title: Ego network of an actor (Netzwerk um einen Akteur)
// description: Every actor of the whole store within $depth cooperations (1 to 3) of the actor, with
//   its distance (the actor itself at 0), and the ids of its cooperation partners that have a larger
//   id, also those outside the ego network: the cooperations among the ego network are the pairs
//   (id, partner) where partner is also an id of the answer. Ordered by distance, then id.
// parameters: $actor (actor id, e.g. 'HZ-GA'), $depth (1, 2 or 3)
MATCH (c:Actor {id: $actor})
CALL (c) {
  OPTIONAL MATCH (c)-[:COOPERATES_WITH]-(x:Actor)
  WHERE x <> c
  RETURN collect(DISTINCT x) AS ring1
}
CALL (c, ring1) {
  WITH c, ring1 WHERE $depth >= 2
  UNWIND ring1 AS x
  MATCH (x)-[:COOPERATES_WITH]-(y:Actor)
  WHERE y <> c AND NOT EXISTS { (y)-[:COOPERATES_WITH]-(c) }
  RETURN collect(DISTINCT y) AS ring2
}
CALL (c, ring2) {
  WITH c, ring2 WHERE $depth >= 3
  UNWIND ring2 AS y
  MATCH (y)-[:COOPERATES_WITH]-(z:Actor)
  WHERE z <> c AND NOT EXISTS { (z)-[:COOPERATES_WITH]-(c) }
    AND NOT EXISTS { (z)-[:COOPERATES_WITH]-(:Actor)-[:COOPERATES_WITH]-(c) }
  RETURN collect(DISTINCT z) AS ring3
}
UNWIND [{actor: c, distance: 0}] + [x IN ring1 | {actor: x, distance: 1}]
       + [y IN ring2 | {actor: y, distance: 2}] + [z IN ring3 | {actor: z, distance: 3}] AS member
WITH member.actor AS a, member.distance AS distance
RETURN a.id AS id, distance,
       COLLECT { MATCH (a)-[:COOPERATES_WITH]-(b:Actor)
                 WHERE a.id < b.id
                 RETURN DISTINCT b.id AS partner ORDER BY partner } AS partners
ORDER BY distance, id;
