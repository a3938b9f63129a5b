@NullMarked
package de.kooperationsatlas.event;

import org.jspecify.annotations.NullMarked;
