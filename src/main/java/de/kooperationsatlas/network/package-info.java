@NullMarked
package de.kooperationsatlas.network;

import org.jspecify.annotations.NullMarked;
