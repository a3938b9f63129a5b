package de.kooperationsatlas.structure;

import java.util.List;

/**
 * An actor's ego network in the whole store: every actor within {@code depth} cooperations (the actor
 * itself at distance 0), by distance then id, and every cooperation among them as {@code [a, b]} with
 * a &lt; b, ordered.
 */
public record EgoNetwork(String actor, int depth, List<Member> actors, List<List<String>> cooperations) {

    public record Member(String id, int distance) {}
}
