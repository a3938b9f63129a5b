@NullMarked
package de.kooperationsatlas.chain.ui;

import org.jspecify.annotations.NullMarked;
