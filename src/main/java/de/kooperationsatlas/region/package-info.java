@NullMarked
package de.kooperationsatlas.region;

import org.jspecify.annotations.NullMarked;
