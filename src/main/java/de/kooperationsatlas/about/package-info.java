@NullMarked
package de.kooperationsatlas.about;

import org.jspecify.annotations.NullMarked;
