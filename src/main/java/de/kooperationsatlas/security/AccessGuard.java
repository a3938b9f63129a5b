package de.kooperationsatlas.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The server-side rules of the contract's roles, checked in the services so that a hand-crafted
 * request cannot pass what the UI hides. Reads the user from the store on every check, so a changed
 * role or region applies at once.
 */
@Component
public class AccessGuard {

    private final UserService users;

    AccessGuard(UserService users) {
        this.users = users;
    }

    /** The signed-in user, if any (start-up and command-line work run without one). */
    public Optional<AtlasUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return Optional.empty();
        }
        return users.find(authentication.getName());
    }

    /**
     * Whether changes are made by the system itself (start-up, command line), not by a signed-in user:
     * no authentication, and not inside a web request. A web request without an authentication is
     * never the system (fail closed: the filter chain lets no anonymous request through to a service,
     * so this only guards against a lost security context).
     */
    private boolean system() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null && RequestContextHolder.getRequestAttributes() == null;
    }

    public boolean has(Role role) {
        return system()
                || current().map(user -> user.enabled() && user.has(role)).orElse(false);
    }

    public void require(Role role) {
        if (!has(role)) {
            throw new AccessDeniedException("This needs the role " + role);
        }
    }

    /** Whether the current user may change an actor seated in the municipality with this key. */
    public boolean mayEditSeat(String seatAgs) {
        if (system()) {
            return true;
        }
        return current()
                .map(user -> user.enabled()
                        && (user.has(Role.ADMIN)
                                || (user.roles().contains(Role.EDITOR)
                                        && (user.regions().isEmpty()
                                                || user.regions().stream().anyMatch(seatAgs::startsWith)))))
                .orElse(false);
    }

    /** Refuses when the current user may not change an actor seated there. */
    public void requireEditSeat(String seatAgs) {
        if (!mayEditSeat(seatAgs)) {
            throw new AccessDeniedException("You may not change actors seated in " + seatAgs);
        }
    }
}
