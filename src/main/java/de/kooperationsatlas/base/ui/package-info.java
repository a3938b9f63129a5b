/** The main layout, language switching and small helpers shared by all views. */
@NullMarked
package de.kooperationsatlas.base.ui;

import org.jspecify.annotations.NullMarked;
