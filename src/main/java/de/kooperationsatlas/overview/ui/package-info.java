@NullMarked
package de.kooperationsatlas.overview.ui;

import org.jspecify.annotations.NullMarked;
