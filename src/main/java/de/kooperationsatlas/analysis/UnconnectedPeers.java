package de.kooperationsatlas.analysis;

import java.util.List;

/**
 * Unconnected peers of a region: pairs sharing a life phase that neither cooperate nor meet in a
 * network, best score first.
 */
public record UnconnectedPeers(String region, List<Pair> pairs) {

    /** One pair; {@code a} is the actor whose name sorts first (then id). */
    public record Pair(ActorRef a, ActorRef b, List<String> sharedPhases, List<String> sharedTopics, long score) {}
}
