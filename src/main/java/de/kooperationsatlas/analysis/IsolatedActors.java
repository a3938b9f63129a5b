package de.kooperationsatlas.analysis;

import java.util.List;

/** The actors of a region without any cooperation, by name. */
public record IsolatedActors(String region, List<ActorRef> actors) {}
