/**
 * The view of a region's network structure (Struktur): key actors between groups, weak spots, groups
 * and the sectors' cooperation with its gaps.
 */
@NullMarked
package de.kooperationsatlas.structure.ui;

import org.jspecify.annotations.NullMarked;
