/** The views of the analyses: finding the gaps of a region. */
@NullMarked
package de.kooperationsatlas.analysis.ui;

import org.jspecify.annotations.NullMarked;
