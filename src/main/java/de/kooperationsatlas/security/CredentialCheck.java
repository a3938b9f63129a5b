package de.kooperationsatlas.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one password check of the app, for the login form and HTTP Basic alike: credentials verified a
 * moment ago are recognised by their keyed hash ({@link RecentCredentials}), everything else goes
 * through bcrypt ({@link DaoAuthenticationProvider}); wrong passwords are counted per name and address
 * for the {@link SignInThrottle}.
 */
final class CredentialCheck implements AuthenticationProvider {

    private final DaoAuthenticationProvider full;
    private final RecentCredentials recent;
    private final SignInThrottle throttle;

    CredentialCheck(DaoAuthenticationProvider full, RecentCredentials recent, SignInThrottle throttle) {
        this.full = full;
        this.recent = recent;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String address = address(authentication);
        if (!(authentication.getCredentials() instanceof String password)) {
            throw new BadCredentialsException("No password");
        }
        var known = recent.match(name, password);
        if (known.isPresent()) {
            UserDetails user = known.get();
            var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        long mark = recent.mark();
        try {
            var result = full.authenticate(authentication);
            throttle.succeeded(name, address);
            if (result != null && result.getPrincipal() instanceof UserDetails user) {
                recent.remember(name, password, user, mark);
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** After the change is committed, so that no check still reading the old state remembers it. */
    @TransactionalEventListener(fallbackExecution = true)
    public void forget(UserChanged changed) {
        recent.forget(changed.name());
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
