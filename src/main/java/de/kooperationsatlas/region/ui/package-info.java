@NullMarked
package de.kooperationsatlas.region.ui;

import org.jspecify.annotations.NullMarked;
