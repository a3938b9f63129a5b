package de.kooperationsatlas.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/**}: health is public (a load balancer asks it without credentials; the details of
 * each check only for ADMIN, see {@code management.endpoint.health.show-details}), the Prometheus
 * metrics need ADMIN (HTTP Basic for a scraper, or an admin's browser session), everything else under
 * {@code /actuator} is closed, also for ADMIN (only health and prometheus are exposed anyway). Answers
 * 401/403 as problem details, like the API. A chain of its own, ahead of the API's and the UI's.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Kooperationsatlas\"");
                    problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in as ADMIN.");
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Needs the role ADMIN.")))
                // Probes and scrapers must not leave a session behind on every call.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
