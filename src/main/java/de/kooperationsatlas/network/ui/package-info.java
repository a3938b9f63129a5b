@NullMarked
package de.kooperationsatlas.network.ui;

import org.jspecify.annotations.NullMarked;
