/** Shared ground: the store (embedded or external Neo4j), schema migrations, Cypher files, audit, layout. */
@NullMarked
package de.kooperationsatlas.base;

import org.jspecify.annotations.NullMarked;
