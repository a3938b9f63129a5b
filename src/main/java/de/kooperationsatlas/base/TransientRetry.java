package de.kooperationsatlas.base;

import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a {@link RetryOnTransient} method again when its transaction fails with a transient store error:
 * Neo4j's {@code Neo.TransientError.*} (deadlock detected, lock wait timed out, leader switch), the
 * driver's {@link TransientException} / {@link ServiceUnavailableException}, and what Spring Data Neo4j
 * translates them to ({@link TransientDataAccessException}). Concurrent edits of actors sharing topics,
 * phases or a seat take the same locks in different orders, and Neo4j breaks such a deadlock by
 * failing one transaction; running it again succeeds almost always.
 *
 * <p>The interceptor sits outside the transaction interceptor (highest order) and retries only the
 * outermost call: inside a running transaction a retry would reuse the failed transaction, so an inner
 * call passes the error up to the outermost one. After the last attempt the error becomes a {@link
 * StoreBusyException}, which the API answers with 409 (conflict) or 503 (store unavailable).
 */
@Configuration(proxyBeanMethods = false)
public class TransientRetry {

    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);
    private static final long MAX_PAUSE_MILLIS = 1_000;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transientRetryAdvisor(org.springframework.core.env.Environment environment) {
        int attempts = environment.getProperty("atlas.retry.attempts", Integer.class, 10);
        long backoff = environment.getProperty("atlas.retry.backoff-millis", Long.class, 50L);
        var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(RetryOnTransient.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(RetryOnTransient.class));
        var advisor = new DefaultPointcutAdvisor(pointcut, new Interceptor(attempts, backoff));
        // Outside @Transactional (whose advisor has the lowest precedence): each attempt is a new transaction.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    static final class Interceptor implements MethodInterceptor {

        private final int attempts;
        private final long backoffMillis;

        Interceptor(int attempts, long backoffMillis) {
            this.attempts = Math.max(1, attempts);
            this.backoffMillis = Math.max(0, backoffMillis);
        }

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed();
            }
            // Jittered exponential backoff: pauses of 25–50, 50–100, 100–200 … ms, at most 1 s.
            long pause = backoffMillis;
            for (int attempt = 1; ; attempt++) {
                try {
                    // A copy per attempt: a proceeded invocation cannot be proceeded again.
                    return ((org.springframework.aop.ProxyMethodInvocation) invocation)
                            .invocableClone()
                            .proceed();
                } catch (RuntimeException e) {
                    if (!transient_(e)) {
                        throw e;
                    }
                    if (attempt >= attempts) {
                        log.warn(
                                "{} failed {} times with a transient store error; giving up: {}",
                                invocation.getMethod().getName(),
                                attempt,
                                e.getMessage());
                        throw new StoreBusyException(!unavailable(e), e);
                    }
                    log.debug(
                            "{} hit a transient store error, attempt {}",
                            invocation.getMethod().getName(),
                            attempt);
                    sleep(pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
                    // Capped: ten attempts wait about five seconds at most in all.
                    pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
                }
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the error, or one of its causes, is a transient store error worth another try. */
    public static boolean transient_(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof TransientException
                    || t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException) {
                return true;
            }
            if (t instanceof Neo4jException neo4j
                    && neo4j.code() != null
                    && neo4j.code().startsWith("Neo.TransientError.")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the store could not be reached at all (rather than two writes colliding over locks). */
    static boolean unavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
            if (t instanceof Neo4jException neo4j && neo4j.code() != null) {
                String code = neo4j.code();
                return !(code.contains("Deadlock") || code.contains("Lock"));
            }
        }
        return false;
    }
}
