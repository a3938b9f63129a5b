@NullMarked
package de.kooperationsatlas.chain;

import org.jspecify.annotations.NullMarked;
