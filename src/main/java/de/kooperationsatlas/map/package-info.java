/**
 * The map (Karte): district and municipality outlines from the shipped BKG reference data, coloured by
 * figures of the district comparison or per municipality, with actor seats as markers.
 */
@NullMarked
package de.kooperationsatlas.map;

import org.jspecify.annotations.NullMarked;
