@NullMarked
package de.kooperationsatlas.actor.ui;

import org.jspecify.annotations.NullMarked;
