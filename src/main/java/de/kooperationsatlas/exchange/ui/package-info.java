/** The import and export page for administrators. */
@NullMarked
package de.kooperationsatlas.exchange.ui;

import org.jspecify.annotations.NullMarked;
