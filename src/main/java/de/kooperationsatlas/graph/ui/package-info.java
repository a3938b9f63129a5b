/** Views of the network picture and the prevention-chain picture. */
@NullMarked
package de.kooperationsatlas.graph.ui;

import org.jspecify.annotations.NullMarked;
