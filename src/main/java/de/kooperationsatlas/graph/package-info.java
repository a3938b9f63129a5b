/** The network picture (Netzwerkbild): a region's, a network's or a chain's actors and cooperations. */
@NullMarked
package de.kooperationsatlas.graph;

import org.jspecify.annotations.NullMarked;
