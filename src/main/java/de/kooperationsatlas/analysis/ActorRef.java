package de.kooperationsatlas.analysis;

/** An actor named in an analysis result: its id and its name (for links). */
public record ActorRef(String id, String name) {}
