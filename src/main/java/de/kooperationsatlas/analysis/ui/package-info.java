/**
 * The views of the analyses: gaps of a region, the prevention-chain picture (drawn by {@code ChainSvg}),
 * suggestions, collaborators, the district comparison.
 */
@NullMarked
package de.kooperationsatlas.analysis.ui;

import org.jspecify.annotations.NullMarked;
