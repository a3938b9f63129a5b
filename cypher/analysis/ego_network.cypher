// title: Ego network of an actor (Netzwerk um einen Akteur)
// description: Every actor of the whole store within $depth cooperations (1 to 3) of the actor, with
//   its distance (the actor itself at 0), and the ids of its cooperation partners that have a larger
//   id, also those outside the ego network: the cooperations among the ego network are the pairs
//   (id, partner) where partner is also an id of the answer. Ordered by distance, then id. At $asOf:
//   only actors and cooperations active then count (a cooperation only while both its actors are);
//   no row when the actor itself is not active then.
// parameters: $actor (actor id, e.g. 'HZ-GA'), $depth (1, 2 or 3), $asOf (ISO date, e.g. '2023-12-31')
MATCH (c:Actor {id: $actor})
WHERE (c.since IS NULL OR c.since <= left(toString($asOf), size(c.since))) AND (c.until IS NULL OR c.until >= left(toString($asOf), size(c.until)))
CALL (c) {
  OPTIONAL MATCH (c)-[r:COOPERATES_WITH]-(x:Actor)
  WHERE x <> c
    AND (r.since IS NULL OR r.since <= left(toString($asOf), size(r.since))) AND (r.until IS NULL OR r.until >= left(toString($asOf), size(r.until)))
    AND (x.since IS NULL OR x.since <= left(toString($asOf), size(x.since))) AND (x.until IS NULL OR x.until >= left(toString($asOf), size(x.until)))
  RETURN collect(DISTINCT x) AS ring1
}
CALL (c, ring1) {
  WITH c, ring1 WHERE $depth >= 2
  UNWIND ring1 AS x
  MATCH (x)-[r:COOPERATES_WITH]-(y:Actor)
  WHERE y <> c
    AND (r.since IS NULL OR r.since <= left(toString($asOf), size(r.since))) AND (r.until IS NULL OR r.until >= left(toString($asOf), size(r.until)))
    AND (y.since IS NULL OR y.since <= left(toString($asOf), size(y.since))) AND (y.until IS NULL OR y.until >= left(toString($asOf), size(y.until)))
    AND NOT y IN ring1
  RETURN collect(DISTINCT y) AS ring2
}
CALL (c, ring1, ring2) {
  WITH c, ring1, ring2 WHERE $depth >= 3
  UNWIND ring2 AS y
  MATCH (y)-[r:COOPERATES_WITH]-(z:Actor)
  WHERE z <> c
    AND (r.since IS NULL OR r.since <= left(toString($asOf), size(r.since))) AND (r.until IS NULL OR r.until >= left(toString($asOf), size(r.until)))
    AND (z.since IS NULL OR z.since <= left(toString($asOf), size(z.since))) AND (z.until IS NULL OR z.until >= left(toString($asOf), size(z.until)))
    AND NOT z IN ring1 AND NOT z IN ring2
  RETURN collect(DISTINCT z) AS ring3
}
UNWIND [{actor: c, distance: 0}] + [x IN ring1 | {actor: x, distance: 1}]
       + [y IN ring2 | {actor: y, distance: 2}] + [z IN ring3 | {actor: z, distance: 3}] AS member
WITH member.actor AS a, member.distance AS distance
RETURN a.id AS id, distance,
       COLLECT { MATCH (a)-[r:COOPERATES_WITH]-(b:Actor)
                 WHERE a.id < b.id
                   AND (r.since IS NULL OR r.since <= left(toString($asOf), size(r.since))) AND (r.until IS NULL OR r.until >= left(toString($asOf), size(r.until)))
                   AND (b.since IS NULL OR b.since <= left(toString($asOf), size(b.since))) AND (b.until IS NULL OR b.until >= left(toString($asOf), size(b.until)))
                 RETURN DISTINCT b.id AS partner ORDER BY partner } AS partners
ORDER BY distance, id;
