package de.kooperationsatlas.analysis;

import java.util.List;

/**
 * Transition coverage (Übergänge) of a region or chain: the eight transitions between consecutive life
 * phases, each with the actors active in both phases and the cooperating pairs spanning it; the
 * transitions bridged by neither are the gaps ({@code [from, to]}).
 */
public record TransitionCoverage(String region, List<Transition> transitions, List<List<String>> gaps) {

    /** One transition {@code from → to}. */
    public record Transition(String from, String to, boolean bridged, List<ActorRef> actors, List<Pair> pairs) {}

    /** Two cooperating actors, one active in each phase of the transition; {@code a} has the smaller id. */
    public record Pair(ActorRef a, ActorRef b) {}
}
