package de.kooperationsatlas.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write service (or one of its methods): a transaction that fails with a transient store error
 * (a deadlock between editors of actors that share a topic, a phase or a seat) is run again a few times
 * with a jittered pause before the caller hears of it. See {@link TransientRetry}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnTransient {}
