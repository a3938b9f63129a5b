/**
 * The read-only Cypher console: ad-hoc queries for analysts, in a read transaction, time-boxed,
 * row-capped and rationed, with the statements a read transaction still allows refused before they run.
 */
@NullMarked
package de.kooperationsatlas.console;

import org.jspecify.annotations.NullMarked;
