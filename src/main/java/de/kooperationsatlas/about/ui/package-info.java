@NullMarked
package de.kooperationsatlas.about.ui;

import org.jspecify.annotations.NullMarked;
