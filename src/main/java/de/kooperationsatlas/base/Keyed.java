package de.kooperationsatlas.base;

/** Something kept under a business key that people know by its name: a network, a chain, an event. */
public interface Keyed {

    String id();

    String name();
}
