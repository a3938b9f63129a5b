/**
 * The shape of a region's network (contract section "Structure of a region's network"): structural
 * holes, cut points and critical cooperations, communities (Leiden), sectors and sector gaps,
 * Gould–Fernandez brokerage between sectors, an actor's ego network and the shortest paths between two
 * actors. The algorithms are pure classes on {@link de.kooperationsatlas.structure.UndirectedGraph};
 * {@link de.kooperationsatlas.structure.StructureService} fetches the graphs.
 */
@NullMarked
package de.kooperationsatlas.structure;

import org.jspecify.annotations.NullMarked;
