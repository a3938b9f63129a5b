@NullMarked
package de.kooperationsatlas.map.ui;

import org.jspecify.annotations.NullMarked;
