package de.kooperationsatlas.region;

/** A region named by key, name and level, as listed among parents, children and search hits. */
public record RegionRef(String ags, String name, RegionLevel level) {}
