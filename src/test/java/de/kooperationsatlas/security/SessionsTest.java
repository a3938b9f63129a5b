package de.kooperationsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sessions over real HTTP: scripts calling the API leave no session behind, the browser's sign-in still
 * gets one (and may call the API with it), sessions are capped per user, and a user's sessions and
 * remembered Basic credentials end the moment an admin disables the user or changes the password.
 */
class SessionsTest extends StoreTestSupport {

    @Autowired
    SessionDirectory sessions;

    @Autowired
    UserService users;

    @Test
    void anonymous_and_basic_api_calls_create_no_session() {
        int before = sessions.count();
        var anonymous = ApiClient.anonymous(port);
        var viewer = ApiClient.demo(port, "viewer");
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(anonymous.get("/api/actors"));
            answers.add(anonymous.get("/api/regions/15"));
            answers.add(anonymous.send("POST", "/api/actors", "{}", "application/json"));
            answers.add(viewer.get("/api/regions/15"));
            answers.add(viewer.get("/api/no-such-thing"));
            answers.add(viewer.putJson("/api/actors/X", "{}"));
        }
        assertThat(answers).extracting(HttpResponse::statusCode).contains(401, 200, 404, 403);
        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.headers().allValues("Set-Cookie"))
                        .noneMatch(cookie -> cookie.startsWith("JSESSIONID")));
        assertThat(sessions.count()).isEqualTo(before);
    }

    @Test
    void the_browser_signs_in_with_a_lax_http_only_cookie_and_calls_the_api_with_its_session() {
        var login = formSignIn("viewer", "viewer-demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        String cookie = setCookie.split(";", 2)[0];
        assertThat(withCookie(cookie, "/api/regions/15").statusCode()).isEqualTo(200);
    }

    @Test
    void behind_an_https_proxy_the_cookie_is_secure_and_hsts_is_sent() {
        var login = ApiClient.anonymous(port)
                .send(
                        "POST",
                        "/login",
                        "username=viewer&password=viewer-demo",
                        "application/x-www-form-urlencoded",
                        "X-Forwarded-Proto",
                        "https");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID").contains("Secure"));
        // A redirect never points the browser back to plain http.
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotStartWith("http:");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        var plain = ApiClient.demo(port, "viewer").get("/api/regions/15");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_user_holds_at_most_five_sessions_and_a_further_sign_in_ends_the_oldest() {
        createUser("sess-many", Set.of(Role.VIEWER));
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cookies.add(cookieOf(formSignIn("sess-many", "sitzung-lang-1")).orElseThrow());
        }
        assertThat(sessions.count("sess-many")).isEqualTo(5);
        assertThat(withCookie(cookies.getFirst(), "/api/regions/15").statusCode())
                .isEqualTo(401);
        assertThat(withCookie(cookies.getLast(), "/api/regions/15").statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_disabled_user_is_refused_at_once_with_the_session_and_with_remembered_basic_credentials() {
        createUser("sess-disabled", Set.of(Role.VIEWER));
        String cookie = cookieOf(formSignIn("sess-disabled", "sitzung-lang-1")).orElseThrow();
        var basic = ApiClient.basic(port, "sess-disabled", "sitzung-lang-1");
        assertThat(basic.get("/api/regions/15").statusCode()).isEqualTo(200);
        assertThat(basic.get("/api/regions/15").statusCode()).isEqualTo(200); // now remembered
        assertThat(withCookie(cookie, "/api/regions/15").statusCode()).isEqualTo(200);

        signInAs("admin", Role.ADMIN);
        users.update("sess-disabled", null, Set.of(Role.VIEWER), List.of(), false);
        signOut();

        assertThat(withCookie(cookie, "/api/regions/15").statusCode()).isEqualTo(401);
        assertThat(basic.get("/api/regions/15").statusCode()).isEqualTo(401);
        assertThat(sessions.count("sess-disabled")).isZero();
    }

    @Test
    void a_password_reset_ends_the_old_password_and_the_sessions_immediately() {
        createUser("sess-reset", Set.of(Role.VIEWER));
        String cookie = cookieOf(formSignIn("sess-reset", "sitzung-lang-1")).orElseThrow();
        var old = ApiClient.basic(port, "sess-reset", "sitzung-lang-1");
        assertThat(old.get("/api/regions/15").statusCode()).isEqualTo(200);
        assertThat(old.get("/api/regions/15").statusCode()).isEqualTo(200);

        signInAs("admin", Role.ADMIN);
        users.resetPassword("sess-reset", "ganz-neues-passwort");
        signOut();

        assertThat(old.get("/api/regions/15").statusCode()).isEqualTo(401);
        assertThat(withCookie(cookie, "/api/regions/15").statusCode()).isEqualTo(401);
        assertThat(ApiClient.basic(port, "sess-reset", "ganz-neues-passwort")
                        .get("/api/regions/15")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void changed_roles_end_the_sessions_so_the_next_sign_in_carries_the_new_roles() {
        createUser("sess-roles", Set.of(Role.ADMIN));
        String cookie = cookieOf(formSignIn("sess-roles", "sitzung-lang-1")).orElseThrow();
        assertThat(withCookie(cookie, "/api/users").statusCode()).isEqualTo(200);

        signInAs("admin", Role.ADMIN);
        users.update("sess-roles", null, Set.of(Role.VIEWER), List.of(), true);
        signOut();

        assertThat(withCookie(cookie, "/api/users").statusCode()).isEqualTo(401);
        assertThat(ApiClient.basic(port, "sess-roles", "sitzung-lang-1")
                        .get("/api/users")
                        .statusCode())
                .isEqualTo(403);
    }

    private void createUser(String name, Set<Role> roles) {
        signInAs("admin", Role.ADMIN);
        if (users.find(name).isEmpty()) {
            users.create(name, null, roles, List.of(), "sitzung-lang-1");
        }
        signOut();
    }

    private HttpResponse<String> formSignIn(String user, String password) {
        return ApiClient.anonymous(port)
                .send(
                        "POST",
                        "/login",
                        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8),
                        "application/x-www-form-urlencoded");
    }

    private static Optional<String> cookieOf(HttpResponse<String> login) {
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            return Optional.empty();
        }
        return login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0])
                .findFirst();
    }

    private HttpResponse<String> withCookie(String cookie, String path) {
        return ApiClient.anonymous(port).send("GET", path, null, null, "Cookie", cookie);
    }
}
