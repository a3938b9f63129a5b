package de.kooperationsatlas.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.kooperationsatlas.base.AtlasProperties;
import de.kooperationsatlas.base.DataFolder;
import de.kooperationsatlas.security.ui.LoginView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Two filter chains: {@code /api/**} answers 401/403 as problem details and takes HTTP Basic (no CSRF
 * token for Basic calls; the browser session keeps CSRF), everything else is the Vaadin UI with its
 * login view.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(AtlasProperties properties, DataFolder data) {
        return PasswordHashing.from(properties, data);
    }

    @Bean
    UserDetailsService userDetailsService(UserRepository repository) {
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

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Kooperationsatlas\"");
            problem(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "Sign in or send HTTP Basic credentials.");
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", e.getMessage());
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(
                        ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
                    String header = request.getHeader("Authorization");
                    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
                }))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles.css", "/favicon.ico")
                .permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
