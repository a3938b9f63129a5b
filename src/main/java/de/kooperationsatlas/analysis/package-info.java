@NullMarked
package de.kooperationsatlas.analysis;

import org.jspecify.annotations.NullMarked;
