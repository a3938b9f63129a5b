/** The scale generator: deterministic synthetic bundles in the exchange format, for tests and benchmarks. */
@NullMarked
package de.kooperationsatlas.exchange.generator;

import org.jspecify.annotations.NullMarked;
