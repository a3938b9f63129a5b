package de.kooperationsatlas.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The server's live sessions (the web server tells it of each one created and ended), so that a user's
 * sessions can be ended when an admin disables the user or changes the password, roles or regions, and
 * so that their number stays bounded: at most {@code maxSessionsPerUser} per signed-in user (a further
 * sign-in ends the oldest) and {@code maxSessions} in all (a further session ends the least recently used).
 */
@Component
public class SessionDirectory implements HttpSessionListener, HttpSessionAttributeListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionDirectory.class);
    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Set<HttpSession> live = ConcurrentHashMap.newKeySet();
    private final int maxPerUser;
    private final int maxSessions;

    SessionDirectory(SecuritySettings settings) {
        this.maxPerUser = settings.maxSessionsPerUser();
        this.maxSessions = settings.maxSessions();
    }

    /** How many sessions the server holds now. */
    public int count() {
        return live.size();
    }

    /** How many sessions this user holds now. */
    public long count(String user) {
        return live.stream().filter(s -> user.equals(userOf(s))).count();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.add(event.getSession());
        if (live.size() > maxSessions) {
            endLeastRecentlyUsed(
                    live.stream().filter(s -> s != event.getSession()).toList(), live.size() - maxSessions);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession());
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        signedIn(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        signedIn(event);
    }

    /** The security context was stored in a session: a sign-in, so the user's cap applies. */
    private void signedIn(HttpSessionBindingEvent event) {
        if (!CONTEXT.equals(event.getName())) {
            return;
        }
        var session = event.getSession();
        String user = userOf(session);
        if (user == null) {
            return;
        }
        var others = live.stream()
                .filter(s -> s != session && user.equals(userOf(s)))
                .toList();
        int surplus = others.size() + 1 - maxPerUser;
        if (surplus > 0) {
            endLeastRecentlyUsed(others, surplus);
        }
    }

    /** Ends every session of the user, after the change is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    public void userChanged(UserChanged changed) {
        for (var session : List.copyOf(live)) {
            if (changed.name().equals(userOf(session))) {
                end(session);
            }
        }
    }

    private void endLeastRecentlyUsed(List<HttpSession> sessions, int howMany) {
        sessions.stream()
                .map(s -> new Used(s, userOf(s) != null, lastAccessed(s)))
                // Anonymous sessions go first: a flood of them must not end the sessions of signed-in users.
                .sorted(Comparator.comparing(Used::signedIn).thenComparingLong(Used::at))
                .limit(howMany)
                .forEach(used -> end(used.session()));
    }

    private void end(HttpSession session) {
        live.remove(session);
        try {
            session.invalidate();
        } catch (IllegalStateException e) {
            LOG.trace("Session already ended", e);
        }
    }

    private static long lastAccessed(HttpSession session) {
        try {
            return session.getLastAccessedTime();
        } catch (IllegalStateException e) {
            return Long.MIN_VALUE; // already ended: first to go
        }
    }

    private static @Nullable String userOf(HttpSession session) {
        try {
            return session.getAttribute(CONTEXT) instanceof SecurityContext context
                    ? Optional.ofNullable(context.getAuthentication())
                            .map(a -> a.getName())
                            .filter(Objects::nonNull)
                            .orElse(null)
                    : null;
        } catch (IllegalStateException e) {
            return null; // ended meanwhile
        }
    }

    private record Used(HttpSession session, boolean signedIn, long at) {}
}
