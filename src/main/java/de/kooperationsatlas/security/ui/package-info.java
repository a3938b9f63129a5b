@NullMarked
package de.kooperationsatlas.security.ui;

import org.jspecify.annotations.NullMarked;
