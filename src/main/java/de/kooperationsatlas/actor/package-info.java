@NullMarked
package de.kooperationsatlas.actor;

import org.jspecify.annotations.NullMarked;
