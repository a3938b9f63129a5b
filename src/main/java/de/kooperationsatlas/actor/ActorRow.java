package de.kooperationsatlas.actor;

import java.util.List;

/** An actor as a list shows it. */
public record ActorRow(String id, String name, String type, String seatAgs, String seatName, List<String> lifePhases) {}
