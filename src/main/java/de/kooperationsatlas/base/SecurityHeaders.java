package de.kooperationsatlas.base;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-protection headers on every response the app writes: pages, API answers, errors, static
 * files, even what the security filters refuse before a chain runs (the first filter of all sets them).
 * Tomcat's own refusals get them from {@link ProblemErrorReportValve}.
 *
 * <p>The Content-Security-Policy allows what the UI needs and no more: Vaadin's bootstrap needs inline
 * scripts, {@code eval} for {@code executeJs} and inline styles (Vaadin's documented requirement); the
 * pictures draw on canvas and SVG, Leaflet and the PNG/SVG exports use {@code data:} and {@code blob:}
 * images; the map's optional tile server is added to {@code img-src}. Nothing may frame the app.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    /** One year, the common value; only sent over HTTPS (directly or through a proxy saying so). */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    static String policy(String tilesUrl) {
        String tiles = tileOrigin(tilesUrl);
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + (tiles.isEmpty() ? "" : " " + tiles) + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "worker-src 'self' blob:; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** The origin of a Leaflet URL template ({@code https://{s}.tile.example.org/{z}/…} → {@code https://*.tile.example.org}). */
    static String tileOrigin(String template) {
        if (template.isBlank()) {
            return "";
        }
        try {
            var uri = URI.create(
                    template.strip().replaceAll("\\{[a-z]+}\\.", "sub.").replaceAll("\\{[^}]*}", "x"));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String host = template.contains("{s}.") ? uri.getHost().replaceFirst("^sub\\.", "*.") : uri.getHost();
            return uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The headers for this request; HSTS only when it came over HTTPS. */
    static Map<String, String> headers(boolean secure, String policy) {
        var headers = new java.util.LinkedHashMap<String, String>();
        headers.put("Content-Security-Policy", policy);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter(Environment environment) {
        String policy = policy(environment.getProperty("atlas.map.tiles-url", ""));
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                headers(request.isSecure(), policy).forEach(response::setHeader);
                chain.doFilter(request, response);
            }

            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
