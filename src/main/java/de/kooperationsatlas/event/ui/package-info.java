@NullMarked
package de.kooperationsatlas.event.ui;

import org.jspecify.annotations.NullMarked;
