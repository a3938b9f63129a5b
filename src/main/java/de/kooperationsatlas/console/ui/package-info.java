/** The Cypher console page: editor, parameters, table, graph, examples and history. */
@NullMarked
package de.kooperationsatlas.console.ui;

import org.jspecify.annotations.NullMarked;
