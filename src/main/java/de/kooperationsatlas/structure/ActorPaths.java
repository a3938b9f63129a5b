package de.kooperationsatlas.structure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Wie sind wir verbunden?": the shortest chains of cooperations from one actor to another in the whole
 * store, each listed from {@code actor} to {@code other}, ordered lexicographically by their ids;
 * distance null and no paths when they are not connected.
 */
public record ActorPaths(
        String actor, String other, @Nullable Integer distance, List<List<String>> paths) {}
