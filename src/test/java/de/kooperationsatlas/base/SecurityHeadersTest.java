package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The browser-protection headers on a page, an API answer, API errors, a refused URL and a static file. */
class SecurityHeadersTest extends StoreTestSupport {

    @Test
    void every_kind_of_answer_carries_the_protection_headers() {
        var anonymous = ApiClient.anonymous(port);
        var viewer = ApiClient.demo(port, "viewer");
        assertProtected("login page", anonymous.get("/login"), 200);
        assertProtected("API answer", viewer.get("/api/regions/15"), 200);
        assertProtected("API 404", viewer.get("/api/actors/NO-SUCH-ACTOR"), 404);
        assertProtected("API 401", anonymous.get("/api/actors"), 401);
        assertProtected("API 403", viewer.get("/api/users"), 403);
        assertProtected("refused URL", viewer.get("/api/actors;jsessionid=1"), 400);
        assertProtected("redirect to sign-in", anonymous.get("/"), 302);
        assertProtected("API docs", anonymous.get("/api/docs/openapi.json"), 200);
    }

    @Test
    void the_policy_allows_vaadin_and_the_pictures_and_forbids_framing() {
        var policy = ApiClient.anonymous(port)
                .get("/login")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("style-src 'self' 'unsafe-inline'")
                .contains("img-src 'self' data: blob:")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
    }

    @Test
    void the_map_tile_server_is_allowed_as_image_source() {
        assertThat(SecurityHeaders.tileOrigin("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.openstreetmap.org");
        assertThat(SecurityHeaders.tileOrigin("http://tiles.example.org:8081/{z}/{x}/{y}.png"))
                .isEqualTo("http://tiles.example.org:8081");
        assertThat(SecurityHeaders.tileOrigin("")).isEmpty();
        assertThat(SecurityHeaders.policy("https://tiles.example.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://tiles.example.org;");
    }

    private static void assertProtected(String what, HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(what).isEqualTo(status);
        var headers = answer.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as(what)
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(headers.allValues("X-Frame-Options")).as(what).hasSize(1);
    }
}
