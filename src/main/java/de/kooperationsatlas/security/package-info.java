@NullMarked
package de.kooperationsatlas.security;

import org.jspecify.annotations.NullMarked;
