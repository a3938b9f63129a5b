package de.kooperationsatlas.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.kooperationsatlas.base.AtlasProperties;
import de.kooperationsatlas.base.DataFolder;
import de.kooperationsatlas.base.ErrorPages;
import de.kooperationsatlas.security.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: {@code /api/**} answers 401/403 as problem details and takes HTTP Basic (no CSRF
 * token for Basic calls; the browser session keeps CSRF) without ever creating a session, everything
 * else is the Vaadin UI with its login view. Both check passwords through {@link CredentialCheck} and
 * refuse throttled sign-ins ({@link SignInThrottleFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    PasswordEncoder passwordEncoder(AtlasProperties properties, DataFolder data) {
        return PasswordHashing.from(properties, data);
    }

    @Bean
    SignInThrottle signInThrottle(SecuritySettings settings) {
        return new SignInThrottle(settings, Clock.systemUTC());
    }

    /**
     * The only authentication provider, so Spring Security's global manager uses it for the login form
     * and HTTP Basic alike (and no second provider repeats a failed bcrypt check).
     */
    @Bean
    CredentialCheck credentialCheck(
            UserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle, SecuritySettings settings) {
        var full = new DaoAuthenticationProvider(users);
        full.setPasswordEncoder(passwords);
        return new CredentialCheck(
                full, new RecentCredentials(settings.basicCacheTtl(), settings.basicCacheSize()), throttle);
    }

    @Bean
    UserDetailsService userDetailsService(UserStore repository) {
        return name -> repository
                .findById(name)
                .map(user -> {
                    var atlasUser = UserService.toUser(user);
                    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
                    // Every role includes VIEWER; ADMIN includes all.
                    for (Role role : Role.values()) {
                        if (role == Role.VIEWER || atlasUser.has(role)) {
                            authorities.add(new SimpleGrantedAuthority(role.authority()));
                        }
                    }
                    return User.withUsername(user.name())
                            .password(user.passwordHash())
                            .authorities(authorities)
                            .disabled(!user.enabled())
                            .build();
                })
                .orElseThrow(() -> new UsernameNotFoundException(name));
    }

    /**
     * Who may call what, by path: the contract's roles table as the HTTP layer sees it. The first rule
     * that matches decides; a path without a rule needs a signed-in user (every role reads). The finer
     * rule, an editor's regions, is checked by the services for every change (see {@link AccessGuard}).
     * One line per endpoint group, so a new endpoint is one new line.
     */
    static final List<ApiRule> API_RULES = List.of(
            // The OpenAPI document and Swagger UI describe the API, not its data: public, so that tools
            // and a browser can read them before signing in (the "Authorize" button takes the credentials).
            ApiRule.open("/api/docs", "/api/docs/**", "/api/swagger-ui/**"),
            ApiRule.of(null, Role.ADMIN, "/api/users", "/api/users/**"),
            ApiRule.of(HttpMethod.POST, Role.ADMIN, "/api/import", "/api/import/**"),
            ApiRule.of(HttpMethod.POST, Role.ANALYST, "/api/cypher", "/api/cypher/**"),
            ApiRule.write(
                    Role.EDITOR,
                    "/api/networks/*/members/*",
                    "/api/chains/*/contributors/*",
                    "/api/events/*/participants/*"),
            ApiRule.write(Role.ADMIN, "/api/networks/**", "/api/chains/**", "/api/events/**"),
            ApiRule.write(Role.EDITOR, "/api/actors/**"));

    /** One rule: methods (none = every method), path patterns, and the role needed (null = public). */
    record ApiRule(List<HttpMethod> methods, @Nullable Role role, List<String> patterns) {

        private static final List<HttpMethod> WRITES =
                List.of(HttpMethod.PUT, HttpMethod.POST, HttpMethod.PATCH, HttpMethod.DELETE);

        static ApiRule of(@Nullable HttpMethod method, Role role, String... patterns) {
            return new ApiRule(method == null ? List.of() : List.of(method), role, List.of(patterns));
        }

        static ApiRule open(String... patterns) {
            return new ApiRule(List.of(), null, List.of(patterns));
        }

        /** The same role for PUT, POST, PATCH and DELETE. */
        static ApiRule write(Role role, String... patterns) {
            return new ApiRule(WRITES, role, List.of(patterns));
        }

        /** Spring Security's matchers of this rule, one per method and pattern. */
        List<RequestMatcher> matchers() {
            List<RequestMatcher> matchers = new ArrayList<>();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    matchers.add(PathPatternRequestMatcher.pathPattern(pattern));
                } else {
                    methods.forEach(m -> matchers.add(PathPatternRequestMatcher.pathPattern(m, pattern)));
                }
            }
            return matchers;
        }

        boolean matches(HttpServletRequest request) {
            return matchers().stream().anyMatch(m -> m.matches(request));
        }
    }

    /** The role the first matching rule asks for, to say it in a 403. */
    static Optional<Role> neededRole(HttpServletRequest request) {
        return API_RULES.stream()
                .filter(rule -> rule.matches(request))
                .findFirst()
                .map(ApiRule::role);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, SignInThrottle throttle, MessageSource messages) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Kooperationsatlas\"");
            problem(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "Sign in or send HTTP Basic credentials to call " + request.getMethod() + " "
                            + request.getRequestURI() + ".");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            if (e instanceof CsrfException) {
                // No credentials at all is a 401, as the contract says; a signed-in browser session
                // without the token is refused with a word on what is missing.
                if (SecurityContextHolder.getContext().getAuthentication() == null) {
                    unauthorized.commence(request, response, new InsufficientAuthenticationException("No credentials"));
                } else {
                    problem(
                            response,
                            HttpServletResponse.SC_FORBIDDEN,
                            "Forbidden",
                            "A signed-in browser session needs the CSRF token (header X-CSRF-TOKEN) to call "
                                    + request.getMethod() + " " + request.getRequestURI()
                                    + "; scripts send HTTP Basic credentials instead.");
                }
                return;
            }
            problem(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Forbidden",
                    neededRole(request)
                            .map(role -> request.getMethod() + " " + request.getRequestURI() + " needs the role " + role
                                    + ".")
                            .orElse("You lack the rights for " + request.getMethod() + " " + request.getRequestURI()
                                    + "."));
        };
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    for (ApiRule rule : API_RULES) {
                        var matched = auth.requestMatchers(rule.matchers().toArray(RequestMatcher[]::new));
                        if (rule.role() == null) {
                            matched.permitAll();
                        } else {
                            matched.hasRole(rule.role().name());
                        }
                    }
                    auth.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new SignInThrottleFilter(throttle, messages), BasicAuthenticationFilter.class)
                // Scripts call the API statelessly: no session is created for them (not for a refused
                // request either, whose URL would otherwise be saved for a redirect after sign-in). The
                // browser's own calls (downloads, map and picture data) keep using its session.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(
                        ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionCsrfTokens()).ignoringRequestMatchers(request -> {
                    String header = request.getHeader("Authorization");
                    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
                }))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, SignInThrottle throttle, MessageSource messages) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle, messages), UsernamePasswordAuthenticationFilter.class);
        // /error renders what went wrong before a controller was reached (ErrorPage), for everyone.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles.css", "/favicon.ico", "/error")
                .permitAll());
        // Any other address of a signed-in user reaches Vaadin's router, which shows the not-found view in
        // the app's frame (Vaadin's default denies it here, a bare 403 before any view).
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class)
                                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * A URL that Spring Security's firewall refuses (an encoded slash, a semicolon, {@code ..}, a control
     * character) is a 400 problem saying so, instead of a bare error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> {
            if (ErrorPages.wantsPage(request, request.getRequestURI())) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter()
                        .write(ErrorPages.html(
                                HttpServletResponse.SC_BAD_REQUEST,
                                request.getRequestURI(),
                                request.getContextPath() + "/"));
                return;
            }
            problem(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "Bad request",
                    "The URL " + request.getMethod() + " " + abbreviate(request.getRequestURI())
                            + " holds something the server refuses: an encoded slash (%2F), a semicolon, '..', '//',"
                            + " a backslash or a control character.");
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
