package de.kooperationsatlas;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A script's view of the API: real HTTP against the test app with {@code java.net.http}, optionally with
 * HTTP Basic credentials. Never follows redirects, so a redirect to the login page shows as such.
 */
public final class ApiClient {

    /** The demo users' passwords (see {@code DemoUsers}). */
    public static final Map<String, String> DEMO_PASSWORDS =
            Map.of("viewer", "viewer-demo", "analyst", "analyst-demo", "editor", "editor-demo", "admin", "admin-demo");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static final Map<String, ApiClient> SESSIONS = new ConcurrentHashMap<>();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final @Nullable String authorization;
    private final @Nullable String sessionCookie;
    private final @Nullable String csrfToken;

    private ApiClient(int port, @Nullable String authorization) {
        this(port, authorization, null, null);
    }

    private ApiClient(
            int port, @Nullable String authorization, @Nullable String sessionCookie, @Nullable String csrfToken) {
        this.port = port;
        this.authorization = authorization;
        this.sessionCookie = sessionCookie;
        this.csrfToken = csrfToken;
    }

    /**
     * A browser's way in: signs in through the login form once (one password check instead of one per
     * request) and then sends the session cookie and, as the app's pages do, the CSRF token.
     */
    public static ApiClient session(int port, String user, String password) {
        return SESSIONS.computeIfAbsent(port + "|" + user, key -> signIn(port, user, password, true));
    }

    /** The same session without the CSRF token, as a forged cross-site request would come. */
    public ApiClient withoutCsrfToken() {
        return new ApiClient(port, null, sessionCookie, null);
    }

    private static ApiClient signIn(int port, String user, String password, boolean withToken) {
        var anonymous = anonymous(port);
        var login = anonymous.send(
                "POST",
                "/login",
                "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0])
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No session for " + user + ": " + login.statusCode()));
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(
                    "Sign-in of " + user + " failed: " + login.headers().map());
        }
        var page = new ApiClient(port, null, cookie, null).get("/");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the start page of " + user);
        }
        return new ApiClient(port, null, cookie, withToken ? token.group(1) : null);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    public static ApiClient basic(int port, String user, String password) {
        return new ApiClient(
                port,
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A demo user by name ({@code viewer}, {@code analyst}, {@code editor}, {@code admin}). */
    public static ApiClient demo(int port, String user) {
        return basic(port, user, DEMO_PASSWORDS.get(user));
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, null);
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    /** Any request; a null body sends none, a null content type sends no Content-Type header. */
    public HttpResponse<String> send(
            String method, String path, @Nullable String body, @Nullable String contentType, String... headers) {
        return sendBytes(
                method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, headers);
    }

    public HttpResponse<String> sendBytes(
            String method, String path, byte @Nullable [] body, @Nullable String contentType, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart body with one file part named {@code file}; answers the content type and the bytes. */
    public static Map.Entry<String, byte[]> multipart(String fileName, String content) {
        String boundary = "atlas-test-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return Map.entry("multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
    }
}
