@NullMarked
package de.kooperationsatlas.exchange;

import org.jspecify.annotations.NullMarked;
