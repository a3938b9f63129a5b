@NullMarked
package de.kooperationsatlas.overview;

import org.jspecify.annotations.NullMarked;
