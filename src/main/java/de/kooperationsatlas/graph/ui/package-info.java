/** The network picture: the view, its toolbar, side panel, legend and tables. */
@NullMarked
package de.kooperationsatlas.graph.ui;

import org.jspecify.annotations.NullMarked;
