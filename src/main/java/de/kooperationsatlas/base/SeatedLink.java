package de.kooperationsatlas.base;

/**
 * An actor's link to a network, chain or event (membership, contribution, participation), with the
 * actor's seat: the seat decides whether an editor may change the link.
 */
public interface SeatedLink {

    String actorId();

    String actorName();

    String seatAgs();

    String seatName();
}
