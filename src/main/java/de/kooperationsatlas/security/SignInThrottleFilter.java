package de.kooperationsatlas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a sign-in attempt (HTTP Basic or the login form) with 429 and {@code Retry-After} while its
 * name is throttled from its address ({@link SignInThrottle}), before any password is checked. The API
 * answers a problem, the login form a short page in the reader's language (German unless the browser
 * asks for English) with a link back to the sign-in.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SignInThrottle throttle;
    private final MessageSource messages;

    SignInThrottleFilter(SignInThrottle throttle, MessageSource messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormSignIn(request);
        String name = form ? request.getParameter("username") : basicName(request);
        if (name != null) {
            var refused = throttle.refusedFor(name, request.getRemoteAddr());
            if (refused.isPresent()) {
                refuse(request, response, name.strip(), refused.get(), form);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && "/login"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()));
    }

    /** The user name of an HTTP Basic header, or null without (or with a broken) one. */
    static @Nullable String basicName(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void refuse(
            HttpServletRequest request, HttpServletResponse response, String name, Duration wait, boolean form)
            throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Locale locale = locale(request);
        String message = messages.getMessage(
                "signIn.throttled", new Object[] {shorten(name), Math.max(1, (seconds + 59) / 60)}, locale);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setCharacterEncoding("UTF-8");
        if (form) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            String title = messages.getMessage("signIn.throttledTitle", null, locale);
            String back = messages.getMessage("signIn.back", null, locale);
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                            + "<title>" + escape(title) + "</title></head><body style=\"font-family:"
                            + " sans-serif; max-width: 40rem; margin: 4rem auto\"><h1>" + escape(title)
                            + "</h1><p id=\"throttled\">" + escape(message) + "</p><p><a href=\"login\">"
                            + escape(back) + "</a></p></body></html>");
        } else {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Too Many Requests");
            problem.put("status", 429);
            problem.put("detail", message);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(JSON.writeValueAsString(problem));
        }
    }

    /** German unless the request asks for another language first, as elsewhere in the app. */
    private static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.GERMAN : request.getLocale();
    }

    /** Only the characters HTML needs escaped, so umlauts stay readable in the page's source. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
